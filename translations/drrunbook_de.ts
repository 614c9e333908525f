<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppFeatures</name>
    <message>
        <location filename="../ui/AppFeatures.cpp" line="+61"/>
        <source>The recovery features in %1 cannot be loaded: %2.</source>
        <translation>Die Wiederherstellungsfunktionen in %1 lassen sich nicht laden: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recovery features in %1 belong to another build of drrunbook (%2, not %3).</source>
        <translation>Die Wiederherstellungsfunktionen in %1 gehören zu einem anderen Build von drrunbook (%2, nicht %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recovery features are missing (looked for %1).</source>
        <translation>Die Wiederherstellungsfunktionen fehlen (gesucht: %1).</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <location filename="../core/common/VersionReport.cpp" line="+17"/>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT available (%1)</source>
        <translation>NICHT verfügbar (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2
Qt %3 (built with %4)
%5
OpenSSL legacy provider: %6
</source>
        <translation>%1 %2
Qt %3 (erstellt mit %4)
%5
OpenSSL-Legacy-Provider: %6
</translation>
    </message>
</context>
<context>
    <name>CertCli</name>
    <message>
        <location filename="../app/cli/cmd_cert.cpp" line="+31"/>
        <source>Usage:
  drrunbook-cli cert inspect FILE [--fqdn HOST] [--days N] [--json]
  drrunbook-cli cert compare FILE --host HOST[:PORT] [--fqdn NAME] [--timeout SECONDS] [--json]
  drrunbook-cli cert export FILE --out NEW.p12 [--legacy-insecure] [--pem-chain CHAIN.pem]
The password is read from %1 or asked for without echo; export reads the new passphrase from %2 or asks for it.
</source>
        <translation>Aufruf:
  drrunbook-cli cert inspect FILE [--fqdn HOST] [--days N] [--json]
  drrunbook-cli cert compare FILE --host HOST[:PORT] [--fqdn NAME] [--timeout SECONDS] [--json]
  drrunbook-cli cert export FILE --out NEW.p12 [--legacy-insecure] [--pem-chain CHAIN.pem]
Das Passwort wird aus %1 gelesen oder ohne Echo abgefragt; export liest die neue Passphrase aus %2 oder fragt danach.
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password: set %1 or run on a terminal</source>
        <translation>kein Passwort: %1 setzen oder in einem Terminal ausführen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1 (%2): %3</source>
        <translation>%1 kann nicht gelesen werden (%2): %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (not in the chain)</source>
        <translation> (nicht in der Kette)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    Issued To:         %1
</source>
        <translation>    Ausgestellt für:    %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    Issued By:         %1
</source>
        <translation>    Ausgestellt von:    %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    Alternative Names: %1
</source>
        <translation>    Alternative Namen:  %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    Private Key?       %1
</source>
        <translation>    Privater Schlüssel? %1
</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    Valid:             %1 to %2
</source>
        <translation>    Gültig:             %1 bis %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    Key, signature:    %1 %2 bits, %3
</source>
        <translation>    Schlüssel, Signatur: %1 %2 Bit, %3
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>    SHA-256:           %1
</source>
        <translation>    SHA-256:            %1
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate backup %1
</source>
        <translation>Zertifikatssicherung %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection: %1; MAC %2

</source>
        <translation>Schutz: %1; MAC %2

</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chain: complete
</source>
        <translation>Kette: vollständig
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain: incomplete, missing &quot;%1&quot;
</source>
        <translation>Kette: unvollständig, es fehlt „%1“
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FQDN %1: %2
</source>
        <translation>FQDN %1: %2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches</source>
        <translation>passt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not match</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result: fit to restore onto the appliance.
</source>
        <translation>Ergebnis: kann auf der Appliance wiederhergestellt werden.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: problems found.
</source>
        <translation>Ergebnis: Probleme gefunden.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appliance FQDN to check.</source>
        <translation>Zu prüfender FQDN der Appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn when a certificate expires within N days.</source>
        <translation>Warnen, wenn ein Zertifikat innerhalb von N Tagen abläuft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>inspect needs exactly one FILE</source>
        <translation>inspect braucht genau eine FILE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--days needs a number of days</source>
        <translation>--days braucht eine Anzahl Tage</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Appliance address.</source>
        <translation>Adresse der Appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name sent as SNI and checked.</source>
        <translation>Als SNI gesendeter und geprüfter Name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds to wait.</source>
        <translation>Wartezeit in Sekunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>compare needs exactly one FILE</source>
        <translation>compare braucht genau eine FILE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>compare needs --host HOST[:PORT]</source>
        <translation>compare braucht --host HOST[:PORT]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout braucht eine Anzahl Sekunden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>served [%1] %2 (issued by %3) SHA-256 %4
</source>
        <translation>ausgeliefert [%1] %2 (ausgestellt von %3) SHA-256 %4
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New .p12 file.</source>
        <translation>Neue .p12-Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write the chain as PEM.</source>
        <translation>Die Kette zusätzlich als PEM schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>INSECURE 3DES/SHA-1 encryption, only for old targets.</source>
        <translation>UNSICHERE 3DES/SHA-1-Verschlüsselung, nur für alte Ziele.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export needs FILE and --out NEW.p12</source>
        <translation>export braucht FILE und --out NEW.p12</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no certificate with its private key to export.
</source>
        <translation>%1 enthält kein Zertifikat mit privatem Schlüssel, das exportiert werden kann.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrases differ; nothing was written.
</source>
        <translation>Die Passphrasen stimmen nicht überein; es wurde nichts geschrieben.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export needs a non-empty passphrase in %1 or from the terminal</source>
        <translation>export braucht eine nicht leere Passphrase in %1 oder vom Terminal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: writing INSECURE legacy encryption (3DES, SHA-1) for an old target.
</source>
        <translation>Warnung: Es wird UNSICHERE Legacy-Verschlüsselung (3DES, SHA-1) für ein altes Ziel geschrieben.
</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Wrote %1 (%n certificate(s) and the private key).
</source>
        <translation>
            <numerusform>%1 geschrieben (%n Zertifikat und der private Schlüssel).
</numerusform>
            <numerusform>%1 geschrieben (%n Zertifikate und der private Schlüssel).
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing sub-command</source>
        <translation>Unterbefehl fehlt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown sub-command &apos;%1&apos;</source>
        <translation>unbekannter Unterbefehl „%1“</translation>
    </message>
</context>
<context>
    <name>DrillFaults</name>
    <message>
        <location filename="../ui/DrillFaults.cpp" line="+21"/>
        <source>The primary loses power</source>
        <translation>Die primäre Appliance verliert den Strom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The appliance that is primary now stops answering, as after a power cut.</source>
        <translation>Die Appliance, die gerade primär ist, antwortet nicht mehr, wie nach einem Stromausfall.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup does not take over</source>
        <translation>Die Backup-Appliance übernimmt nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic failover is on, but the backup cannot reach its Network Connectivity Test IP addresses, so it never becomes primary. The step that observes the automatic failover does not pass: the operator must make the backup primary by hand.</source>
        <translation>Automatisches Failover ist aktiv, aber die Backup-Appliance erreicht ihre Network Connectivity Test IP-Adressen nicht und wird deshalb nie primär. Der Schritt, der das automatische Failover beobachtet, besteht nicht: Der Bearbeiter muss die Backup-Appliance von Hand zur primären machen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DNS still points to the old primary</source>
        <translation>DNS zeigt noch auf die alte primäre Appliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site&apos;s DNS name keeps answering with the old primary&apos;s address (no shared IP; the DNS change has not taken effect). The check that the site name resolves to the backup does not pass.</source>
        <translation>Der DNS-Name der Site antwortet weiter mit der Adresse der alten primären Appliance (keine gemeinsame IP; die DNS-Änderung ist noch nicht wirksam). Die Prüfung, ob der Site-Name auf die Backup-Appliance auflöst, besteht nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loses power</source>
        <translation>Verliert den Strom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stops answering, as after a power cut.</source>
        <translation>Antwortet nicht mehr, wie nach einem Stromausfall.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuses connections (service stopped)</source>
        <translation>Lehnt Verbindungen ab (Dienst gestoppt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections are refused until the fault is cleared.</source>
        <translation>Verbindungen werden abgelehnt, bis der Fehler gelöscht ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freezes: accepts connections, never answers</source>
        <translation>Hängt: nimmt Verbindungen an, antwortet nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every request waits until the client gives up.</source>
        <translation>Jede Anfrage wartet, bis der Client aufgibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers very slowly (8 seconds a reply)</source>
        <translation>Antwortet sehr langsam (8 Sekunden pro Antwort)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every reply comes 8 seconds late.</source>
        <translation>Jede Antwort kommt 8 Sekunden zu spät.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows a server error page (HTTP 500)</source>
        <translation>Zeigt eine Serverfehlerseite (HTTP 500)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API answers with an HTML error page.</source>
        <translation>Die API antwortet mit einer HTML-Fehlerseite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers garbage instead of XML</source>
        <translation>Antwortet mit Datenmüll statt XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API answers with XML that is not well-formed.</source>
        <translation>Die API antwortet mit XML, das nicht wohlgeformt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers cut short (half a reply)</source>
        <translation>Antwortet abgeschnitten (halbe Antwort)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API answers with the first half of its reply.</source>
        <translation>Die API antwortet mit der ersten Hälfte ihrer Antwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports itself unhealthy</source>
        <translation>Meldet sich selbst als fehlerhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check_health answers that something is wrong (a degraded disk array).</source>
        <translation>check_health meldet ein Problem (ein beeinträchtigtes Disk-Array).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last data sync failed</source>
        <translation>Die letzte Datensynchronisierung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check_health reports a data sync two days ago that failed.</source>
        <translation>check_health meldet eine fehlgeschlagene Datensynchronisierung vor zwei Tagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup download breaks off halfway</source>
        <translation>Der Backup-Download bricht auf halbem Weg ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection closes after 64 KiB of the .nsb file.</source>
        <translation>Die Verbindung schließt sich nach 64 KiB der .nsb-Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API token expires in the middle of the work</source>
        <translation>Das API-Token läuft mitten in der Arbeit ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next call with a valid token is refused as expired.</source>
        <translation>Der nächste Aufruf mit einem gültigen Token wird als abgelaufen abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API account lacks a permission</source>
        <translation>Dem API-Konto fehlt eine Berechtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands answer &quot;Document Not Found&quot;, as when a permission is not granted.</source>
        <translation>Befehle antworten „Document Not Found“, wie wenn eine Berechtigung nicht erteilt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API client secret was changed</source>
        <translation>Das API-Client-Secret wurde geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token request is refused: invalid_client.</source>
        <translation>Die Token-Anfrage wird abgelehnt: invalid_client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many API requests (rate-limited)</source>
        <translation>Zu viele API-Anfragen (Ratenlimit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API answers HTTP 429 with Retry-After.</source>
        <translation>Die API antwortet HTTP 429 mit Retry-After.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves a certificate the site&apos;s CA did not issue</source>
        <translation>Liefert ein Zertifikat aus, das die CA der Site nicht ausgestellt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS handshakes present a self-signed certificate: not the one in the certificate backup.</source>
        <translation>TLS-Handshakes zeigen ein selbstsigniertes Zertifikat: nicht das aus dem Zertifikats-Backup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves its factory default certificate (not restored)</source>
        <translation>Liefert ihr Werkszertifikat aus (nicht wiederhergestellt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The appliance presents the &quot;Bomgar Appliance&quot; certificate, as a replaced unit does until the certificate backup is imported.</source>
        <translation>Die Appliance zeigt das Zertifikat „Bomgar Appliance“, wie ein Austauschgerät, bis das Zertifikats-Backup importiert ist.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no drill fault &quot;%1&quot;.</source>
        <translation>Es gibt keinen Übungsfehler „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; needs a failover pair: start a failover or Atlas drill.</source>
        <translation>„%1“ braucht ein Failover-Paar: Starten Sie eine Failover- oder Atlas-Übung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No appliance is primary at the moment.</source>
        <translation>Zurzeit ist keine Appliance primär.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (the primary) lost power.</source>
        <translation>%1 (die primäre) hat den Strom verloren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup (%1) does not take over: its connectivity test fails.</source>
        <translation>Die Backup-Appliance (%1) übernimmt nicht: Ihr Konnektivitätstest schlägt fehl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DNS still points to the old primary (%1).</source>
        <translation>DNS zeigt noch auf die alte primäre Appliance (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no lab appliance &quot;%1&quot;. Choose one in the list.</source>
        <translation>Es gibt keine Labor-Appliance „%1“. Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Simulated fault: the disk array is degraded.</source>
        <translation>Simulierter Fehler: Das Disk-Array ist beeinträchtigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Faults of %1 were cleared.</source>
        <translation>Die Fehler von %1 wurden gelöscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup&apos;s connectivity test answers again; DNS can be swung again.</source>
        <translation>Der Konnektivitätstest der Backup-Appliance antwortet wieder; DNS kann wieder umgeschaltet werden.</translation>
    </message>
</context>
<context>
    <name>IncidentCli</name>
    <message>
        <location filename="../app/cli/cmd_incident.cpp" line="+27"/>
        <source>Usage: drrunbook-cli incident --run JOURNAL [--severity 1|2|3] [--name NAME] [--organization ORG] [--incident N] [--eml FILE]
  --run JOURNAL   the run&apos;s journal file (.jsonl)
  --severity N    the guide&apos;s severity level; default 2
  --name NAME     the inquirer; default the run&apos;s operator
  --incident N    the vendor&apos;s incident number, for a follow-up
  --eml FILE      also save the message as an .eml draft
</source>
        <translation>Aufruf: drrunbook-cli incident --run JOURNAL [--severity 1|2|3] [--name NAME] [--organization ORG] [--incident N] [--eml FILE]
  --run JOURNAL   die Protokolldatei des Durchlaufs (.jsonl)
  --severity N    der Schweregrad laut Leitfaden; Standard 2
  --name NAME     die anfragende Person; Standard: der Bearbeiter des Durchlaufs
  --incident N    die Incident-Nummer des Herstellers, für eine Nachmeldung
  --eml FILE      die Nachricht zusätzlich als .eml-Entwurf speichern
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--run JOURNAL is required</source>
        <translation>--run JOURNAL ist erforderlich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--severity must be 1, 2 or 3, not &apos;%1&apos;</source>
        <translation>--severity muss 1, 2 oder 3 sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--incident needs the incident number, e.g. 40100</source>
        <translation>--incident braucht die Incident-Nummer, z. B. 40100</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the run journal %1 (%2): give the .jsonl file of a run.
</source>
        <translation>Das Durchlaufprotokoll %1 kann nicht gelesen werden (%2): Geben Sie die .jsonl-Datei eines Durchlaufs an.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no events</source>
        <translation>keine Ereignisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: %1 (the report may be incomplete: check it before sending)
</source>
        <translation>Warnung: %1 (der Bericht ist möglicherweise unvollständig: vor dem Senden prüfen)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run&apos;s scenario &apos;%1&apos; is not in this version of the app (%2): use the version the run was made with.
</source>
        <translation>Das Szenario „%1“ des Durchlaufs gibt es in dieser Version der App (%2) nicht: Verwenden Sie die Version, mit der der Durchlauf gemacht wurde.
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To: %1
</source>
        <translation>An: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cc: %1
</source>
        <translation>Cc: %1
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save %1: %2 Choose a folder you can write to.
</source>
        <translation>%1 konnte nicht gespeichert werden: %2 Wählen Sie einen Ordner, in den Sie schreiben dürfen.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1 (open it in your mail client to send it).
</source>
        <translation>%1 geschrieben (zum Senden im Mailprogramm öffnen).
</translation>
    </message>
</context>
<context>
    <name>LabCli</name>
    <message>
        <location filename="../app/cli/cmd_lab.cpp" line="+55"/>
        <source>Usage: drrunbook-cli lab [--topology single|pair|atlas] [--traffic N] [--port N] [--json]
         [--ca-out FILE] [--time-scale F] [--shared-ip] [--auto-failover SECONDS]
         [--backup-size BYTES]
</source>
        <translation>Aufruf: drrunbook-cli lab [--topology single|pair|atlas] [--traffic N] [--port N] [--json]
         [--ca-out FILE] [--time-scale F] [--shared-ip] [--auto-failover SECONDS]
         [--backup-size BYTES]
</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Drill lab running (%1 topology). Press Ctrl+C to stop.
</source>
        <translation>Übungslabor läuft (Topologie %1). Mit Strg+C beenden.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  site address: %1 (%2)
</source>
        <translation>  Site-Adresse:   %1 (%2)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  lab CA file:  %1
</source>
        <translation>  Labor-CA-Datei: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  lab control:  %1/lab/state  (header X-Lab-Key: %2)
</source>
        <translation>  Laborsteuerung: %1/lab/state  (Header X-Lab-Key: %2)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  API account (lab only): DRRUNBOOK_CLIENT_ID=%1 DRRUNBOOK_CLIENT_SECRET=%2
</source>
        <translation>  API-Konto (nur Labor): DRRUNBOOK_CLIENT_ID=%1 DRRUNBOOK_CLIENT_SECRET=%2
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>single, pair or atlas.</source>
        <translation>single, pair oder atlas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic nodes in an Atlas cluster.</source>
        <translation>Traffic-Knoten in einem Atlas-Cluster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First port (appliances, then the site address); 0 = any.</source>
        <translation>Erster Port (Appliances, dann die Site-Adresse); 0 = beliebig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the lab description as one line of JSON.</source>
        <translation>Die Laborbeschreibung als eine JSON-Zeile ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to write the lab CA certificate (PEM).</source>
        <translation>Wohin das CA-Zertifikat des Labors geschrieben wird (PEM).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab seconds per real second.</source>
        <translation>Laborsekunden pro echter Sekunde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site address follows the primary (pair, atlas).</source>
        <translation>Die Site-Adresse folgt der primären Appliance (pair, atlas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable automatic failover with this primary timeout.</source>
        <translation>Automatisches Failover mit diesem Timeout für die primäre Appliance aktivieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size of generated backups in bytes.</source>
        <translation>Größe der erzeugten Backups in Byte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown topology &apos;%1&apos;: use single, pair or atlas</source>
        <translation>unbekannte Topologie „%1“: single, pair oder atlas verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--port needs a number from 0 to 65000</source>
        <translation>--port braucht eine Zahl von 0 bis 65000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--traffic needs a number from 0 to 50</source>
        <translation>--traffic braucht eine Zahl von 0 bis 50</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--time-scale needs a positive number</source>
        <translation>--time-scale braucht eine positive Zahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>drrunbook-cli lab: %1
</source>
        <translation>drrunbook-cli lab: %1
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>drrunbook-cli lab: cannot install signal handlers; stop the lab with kill -9.
</source>
        <translation>drrunbook-cli lab: Signal-Handler können nicht installiert werden; beenden Sie das Labor mit kill -9.
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is now %2
</source>
        <translation>%1 ist jetzt %2
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drill lab stopped.
</source>
        <translation>Übungslabor beendet.
</translation>
    </message>
</context>
<context>
    <name>LiveCheckRunner</name>
    <message>
        <location filename="../core/automation/ApiChecks.cpp" line="+30"/>
        <source>Unknown expectation &quot;%1&quot; for an API health check (healthy, reachable or unreachable).</source>
        <translation>Unbekannte Erwartung „%1“ für eine API-Zustandsprüfung (healthy, reachable oder unreachable).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 answers but reports a problem: %2. Fix it (see /appliance &gt; Status) before going on.</source>
        <translation>%1 antwortet, meldet aber ein Problem: %2. Beheben Sie es (siehe /appliance &gt; Status), bevor Sie fortfahren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no detail given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answers, but %2 could not be asked for its identity to compare: %3</source>
        <translation>%1 antwortet, aber %2 konnte nicht nach der Identität zum Vergleich gefragt werden: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answers, but the appliance behind it is %2 (GUID %3), not %4 (GUID %5). The traffic redirect (shared IP, NAT or DNS) does not lead to the expected appliance yet.</source>
        <translation>%1 antwortet, aber dahinter steht die Appliance %2 (GUID %3), nicht %4 (GUID %5). Die Umleitung des Datenverkehrs (gemeinsame IP, NAT oder DNS) führt noch nicht zur erwarteten Appliance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answers and the appliance behind it is %2 (GUID %3).</source>
        <translation>%1 antwortet, und dahinter steht die Appliance %2 (GUID %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is healthy (%2, failover role %3).</source>
        <translation>%1 ist fehlerfrei (%2, Failover-Rolle %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answers (%2, failover role %3).</source>
        <translation>%1 antwortet (%2, Failover-Rolle %3).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 accepts connections but its API does not answer: it may be hung but still running. Make sure it is powered off or disconnected before promoting another appliance.</source>
        <translation>%1 nimmt Verbindungen an, aber seine API antwortet nicht: Die Appliance hängt möglicherweise, läuft aber noch. Stellen Sie sicher, dass sie ausgeschaltet oder getrennt ist, bevor Sie eine andere Appliance hochstufen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not answer from here (no answer to a connection within %2 s).</source>
        <translation>%1 antwortet von hier aus nicht (keine Antwort auf einen Verbindungsaufbau innerhalb von %2 s).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not answer from here (%2).</source>
        <translation>%1 antwortet von hier aus nicht (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 still answers (%2, failover role %3). Power it off or disconnect it before promoting another appliance: two primaries would split the site.</source>
        <translation>%1 antwortet noch (%2, Failover-Rolle %3). Schalten Sie die Appliance aus oder trennen Sie sie, bevor Sie eine andere hochstufen: Zwei primäre Appliances würden die Site spalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something still accepts connections at %1 (%2). Make sure the old appliance is powered off or disconnected before promoting another one.</source>
        <translation>Unter %1 nimmt noch etwas Verbindungen an (%2). Stellen Sie sicher, dass die alte Appliance ausgeschaltet oder getrennt ist, bevor Sie eine andere hochstufen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 reports the %2 role.</source>
        <translation>%1 meldet die Rolle %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reports the role &quot;%2&quot;, not %3 (yet).</source>
        <translation>%1 meldet die Rolle „%2“, (noch) nicht %3.</translation>
    </message>
    <message>
        <location filename="../core/automation/ClusterChecks.cpp" line="+61"/>
        <source>Unknown expectation &quot;%1&quot; for get_appliances (no_other_primary or member_present).</source>
        <translation>Unbekannte Erwartung „%1“ für get_appliances (no_other_primary oder member_present).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No member to look for: record the appliance that should be in the cluster.</source>
        <translation>Kein Mitglied zu suchen: Erfassen Sie die Appliance, die im Cluster sein soll.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 lists %2 as a member.</source>
        <translation>%1 führt %2 als Mitglied.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not list %2 as a member (yet).</source>
        <translation>%1 führt %2 (noch) nicht als Mitglied.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another appliance reports the primary role and accepts connections: %1. Promoting %2 now would make two primaries.</source>
        <translation>Eine andere Appliance meldet die primäre Rolle und nimmt Verbindungen an: %1. Wird %2 jetzt hochgestuft, gäbe es zwei primäre Appliances.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No other appliance reports the primary role.</source>
        <translation>Keine andere Appliance meldet die primäre Rolle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No other appliance reports the primary role while accepting connections (%1 is listed as primary but does not accept connections).</source>
        <translation>Keine andere Appliance meldet die primäre Rolle und nimmt zugleich Verbindungen an (%1 ist als primär geführt, nimmt aber keine Verbindungen an).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no baseline count of &quot;%1&quot; to compare with: run the count step first.</source>
        <translation>Es gibt keinen Ausgangswert von „%1“ zum Vergleich: Führen Sie zuerst den Zählschritt aus.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The connected-client summary of %1 does not list the appliance itself (GUID %2); it may not be part of the site yet.</source>
        <translation>Die Übersicht der verbundenen Clients von %1 führt die Appliance selbst nicht auf (GUID %2); sie gehört möglicherweise noch nicht zur Site.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 has %n connected %2 client(s).</source>
        <translation>
            <numerusform>%1 hat %n verbundenen %2-Client.</numerusform>
            <numerusform>%1 hat %n verbundene %2-Clients.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 count on %2 went from %3 to %4.</source>
        <translation>Die Anzahl %1 auf %2 ist von %3 auf %4 gestiegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 count on %2 is %3; it should be at least %4 (%5 before, plus %6). Log in with the representative console through this appliance and check again.</source>
        <translation>Die Anzahl %1 auf %2 beträgt %3; sie sollte mindestens %4 sein (%5 vorher, plus %6). Melden Sie sich mit der Technikerkonsole über diese Appliance an und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/automation/FileChecks.cpp" line="+18"/>
        <source>No backup file was recorded; record the path of the .nsb file first.</source>
        <translation>Es wurde keine Backup-Datei erfasst; erfassen Sie zuerst den Pfad der .nsb-Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup file %1 cannot be found or read. Check the path (and that the download finished).</source>
        <translation>Die Backup-Datei %1 wurde nicht gefunden oder ist nicht lesbar. Prüfen Sie den Pfad (und ob der Download abgeschlossen ist).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup file %1 is empty. Download the backup again.</source>
        <translation>Die Backup-Datei %1 ist leer. Laden Sie das Backup erneut herunter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not named like a /login backup (&quot;Bomgar-&lt;version&gt;-&lt;site&gt;-&lt;date&gt;-&lt;id&gt;.nsb&quot;), so its version and date are unknown. Use the file as downloaded from /login &gt; Management &gt; Software Management.</source>
        <translation>%1 ist nicht wie ein /login-Backup benannt („Bomgar-&lt;version&gt;-&lt;site&gt;-&lt;date&gt;-&lt;id&gt;.nsb“), daher sind Version und Datum unbekannt. Verwenden Sie die Datei so, wie sie unter /login &gt; Management &gt; Software Management heruntergeladen wurde.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a product version (for example 23.2.4); record the site&apos;s version again.</source>
        <translation>„%1“ ist keine Produktversion (zum Beispiel 23.2.4); erfassen Sie die Version der Site erneut.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The backup is %n day(s) old (%1);</source>
        <translation>
            <numerusform>Das Backup ist %n Tag alt (%1);</numerusform>
            <numerusform>Das Backup ist %n Tage alt (%1);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>it should be at most %n day(s) old. Download a fresh backup from /login &gt; Management &gt; Software Management.</source>
        <translation>
            <numerusform>es sollte höchstens %n Tag alt sein. Laden Sie unter /login &gt; Management &gt; Software Management ein aktuelles Backup herunter.</numerusform>
            <numerusform>es sollte höchstens %n Tage alt sein. Laden Sie unter /login &gt; Management &gt; Software Management ein aktuelles Backup herunter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: version %2, site %3, taken %4.</source>
        <translation>%1: Version %2, Site %3, erstellt %4.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No certificate file was recorded; record the path of the .p12 file first.</source>
        <translation>Es wurde keine Zertifikatsdatei erfasst; erfassen Sie zuerst den Pfad der .p12-Datei.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/automation/NetChecks.cpp" line="+72"/>
        <source>%1 needs its passphrase: enter it, then run the check again.</source>
        <translation>%1 braucht seine Passphrase: Geben Sie sie ein und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 holds the certificate, its private key and its chain.</source>
        <translation>%1 enthält das Zertifikat, seinen privaten Schlüssel und seine Kette.</translation>
    </message>
    <message>
        <location filename="../core/automation/LiveCheckRunner.cpp" line="+27"/>
        <source>This drill step would run against real appliances. Start the drill with the lab&apos;s appliance directory.</source>
        <translation>Dieser Übungsschritt würde gegen echte Appliances laufen. Starten Sie die Übung mit dem Appliance-Verzeichnis des Labors.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This real run is wired to the drill lab. Start it with the site&apos;s appliance list instead.</source>
        <translation>Dieser echte Durchlauf ist mit dem Übungslabor verbunden. Starten Sie ihn stattdessen mit der Appliance-Liste der Site.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The check has no &quot;%1&quot; to ask; record the appliance first.</source>
        <translation>Die Prüfung hat kein „%1“ zum Abfragen; erfassen Sie zuerst die Appliance.</translation>
    </message>
    <message>
        <location filename="../core/automation/NetChecks.cpp" line="-24"/>
        <source>No host to connect to: record the appliance&apos;s host name first.</source>
        <translation>Kein Host für die Verbindung: Erfassen Sie zuerst den Hostnamen der Appliance.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 holds no appliance certificate (only CA certificates) to compare with.</source>
        <translation>%1 enthält kein Appliance-Zertifikat (nur CA-Zertifikate) zum Vergleich.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 serves a certificate for its name (SHA-256 %2).</source>
        <translation>%1 liefert ein Zertifikat für seinen Namen aus (SHA-256 %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 serves a certificate that is not issued for that name (%2). Restore the site&apos;s certificate.</source>
        <translation>%1 liefert ein Zertifikat aus, das nicht für diesen Namen ausgestellt ist (%2). Stellen Sie das Zertifikat der Site wieder her.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The DNS check needs a host name and the IPv4 address it should resolve to; record them first.</source>
        <translation>Die DNS-Prüfung braucht einen Hostnamen und die IPv4-Adresse, auf die er auflösen soll; erfassen Sie beides zuerst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 resolves to %2.</source>
        <translation>%1 löst auf %2 auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 resolves to %2, not %3 (yet). Update the DNS A record, then wait for its TTL.</source>
        <translation>%1 löst auf %2 auf, (noch) nicht auf %3. Aktualisieren Sie den DNS-A-Eintrag und warten Sie dessen TTL ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no IPv4 address</source>
        <translation>keine IPv4-Adresse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The connection check needs a host and a port; record them first.</source>
        <translation>Die Verbindungsprüfung braucht Host und Port; erfassen Sie beides zuerst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown expectation &quot;%1&quot; for a connection check (reachable or unreachable).</source>
        <translation>Unbekannte Erwartung „%1“ für eine Verbindungsprüfung (reachable oder unreachable).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing answers at %1:%2 (no answer within %3 s).</source>
        <translation>Unter %1:%2 antwortet nichts (keine Antwort innerhalb von %3 s).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1:%2 accepts connections.</source>
        <translation>%1:%2 nimmt Verbindungen an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:%2 still accepts connections.</source>
        <translation>%1:%2 nimmt noch Verbindungen an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1:%2 does not accept connections (%3). Check that the appliance is on and cabled, and the firewall between.</source>
        <translation>%1:%2 nimmt keine Verbindungen an (%3). Prüfen Sie, ob die Appliance eingeschaltet und verkabelt ist, und die Firewall dazwischen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2 does not accept connections (%3).</source>
        <translation>%1:%2 nimmt keine Verbindungen an (%3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The probe has no address to try.</source>
        <translation>Die Abfrage hat keine Adresse zum Ausprobieren.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 answers (HTTP %2).</source>
        <translation>%1 antwortet (HTTP %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of the addresses answers. Check the cable, this computer&apos;s address (169.254.1.5, mask 255.255.0.0) and that the appliance has finished starting, then try the other network port.</source>
        <translation>Keine der Adressen antwortet. Prüfen Sie das Kabel, die Adresse dieses Computers (169.254.1.5, Maske 255.255.0.0) und ob die Appliance fertig gestartet ist; versuchen Sie dann den anderen Netzwerkanschluss.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not a valid URL</source>
        <translation>keine gültige URL</translation>
    </message>
</context>
<context>
    <name>NsbCli</name>
    <message>
        <location filename="../app/cli/cmd_nsb.cpp" line="+27"/>
        <source>Usage: drrunbook-cli nsb check FILE --target-version X.Y.Z [--upgrades FILE] [--releases FILE] [--json]
  --target-version  the Product Version on /login &gt; Status &gt; Information of the site
  --upgrades        your supported-upgrade list (JSON), from the release notes
  --releases        your release table (JSON); default: the built-in example table
Exit status: 0 compatible, 1 refused or warning, 2 unreadable name or file, 64 usage.
</source>
        <translation>Aufruf: drrunbook-cli nsb check FILE --target-version X.Y.Z [--upgrades FILE] [--releases FILE] [--json]
  --target-version  die Product Version unter /login &gt; Status &gt; Information der Site
  --upgrades        Ihre Liste unterstützter Upgrades (JSON), aus den Release Notes
  --releases        Ihre Release-Tabelle (JSON); Standard: die eingebaute Beispieltabelle
Exit-Status: 0 kompatibel, 1 abgelehnt oder Warnung, 2 Name oder Datei nicht lesbar, 64 Aufruffehler.
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: not in the release table</source>
        <translation>%1: nicht in der Release-Tabelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: RETIRED since %2</source>
        <translation>%1: AUSGEMUSTERT seit %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: supported until %2</source>
        <translation>%1: unterstützt bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (example date: update the release table from the vendor&apos;s release notes)</source>
        <translation> (Beispieldatum: Release-Tabelle anhand der Release Notes des Herstellers aktualisieren)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give exactly one backup FILE</source>
        <translation>genau eine Backup-Datei (FILE) angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--target-version is required</source>
        <translation>--target-version ist erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--target-version &apos;%1&apos; is not a version like 23.2.4</source>
        <translation>--target-version „%1“ ist keine Version wie 23.2.4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the backup version from the file name &apos;%1&apos;: expected Bomgar-&lt;version&gt;-&lt;site&gt;-&lt;yyyy-MM-dd&gt;-&lt;id&gt;.nsb. Use the name the backup was downloaded with, or check the version on /login &gt; Status &gt; Information of the site it came from.</source>
        <translation>Die Backup-Version lässt sich nicht aus dem Dateinamen „%1“ lesen: erwartet wird Bomgar-&lt;version&gt;-&lt;site&gt;-&lt;yyyy-MM-dd&gt;-&lt;id&gt;.nsb. Verwenden Sie den Namen, unter dem das Backup heruntergeladen wurde, oder prüfen Sie die Version unter /login &gt; Status &gt; Information der Site, von der es stammt.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Backup:       %1
</source>
        <translation>Backup:         %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  version %1, site %2, downloaded %3, id %4
</source>
        <translation>  Version %1, Site %2, heruntergeladen %3, ID %4
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site version: %1
</source>
        <translation>Site-Version:   %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support: %1; %2
</source>
        <translation>Support: %1; %2
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing sub-command</source>
        <translation>Unterbefehl fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown sub-command &apos;%1&apos;</source>
        <translation>unbekannter Unterbefehl „%1“</translation>
    </message>
</context>
<context>
    <name>PrintCli</name>
    <message>
        <location filename="../app/cli/cmd_print.cpp" line="+28"/>
        <source>Usage: drrunbook-cli print SCENARIO|--all [--site FILE] [--page-size A4|Letter] [--tz ZONE]
       [--support-addresses FILE] --out FILE.pdf
  SCENARIO     a scenario id (drrunbook-cli print --list shows them)
  --all        the DR binder: contents, vendor support page, every scenario
  --site FILE  the site profile (docs/site-profile.md; version 1 or 2); --list-site-keys shows the
               checklist keys its values fill
  --tz ZONE    the reader&apos;s IANA time zone for the support hours; default the system&apos;s
  --support-addresses FILE
               JSON with the support page&apos;s addresses to use instead of the saved ones (keys
               general, emea, apac, supervisor, manager; missing keys keep the saved address).
               Without it: the addresses saved in the GUI, else the guide&apos;s
</source>
        <translation>Aufruf: drrunbook-cli print SCENARIO|--all [--site FILE] [--page-size A4|Letter] [--tz ZONE]
       [--support-addresses FILE] --out FILE.pdf
  SCENARIO     eine Szenario-ID (drrunbook-cli print --list zeigt sie an)
  --all        das DR-Handbuch: Inhalt, Support-Seite des Herstellers, alle Szenarien
  --site FILE  das Site-Profil (docs/site-profile.md; Version 1 oder 2); --list-site-keys zeigt die
               Checklisten-Schlüssel, die seine Werte füllen
  --tz ZONE    die IANA-Zeitzone des Lesers für die Support-Zeiten; Standard: die des Systems
  --support-addresses FILE
               JSON mit den Adressen der Support-Seite, die statt der gespeicherten gelten (Schlüssel
               general, emea, apac, supervisor, manager; fehlende Schlüssel behalten die gespeicherte Adresse).
               Ohne diese Option: die in der GUI gespeicherten Adressen, sonst die des Handbuchs
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a JSON object of support addresses (%2)</source>
        <translation>%1 ist kein JSON-Objekt mit Support-Adressen (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unknown key &quot;%2&quot; (use general, emea, apac, supervisor, manager)</source>
        <translation>%1: unbekannter Schlüssel „%2“ (erlaubt: general, emea, apac, supervisor, manager)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The built-in scenarios do not load (%1): reinstall the application.
</source>
        <translation>Die eingebauten Szenarien lassen sich nicht laden (%1): Installieren Sie die Anwendung neu.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give exactly one scenario id, or --all</source>
        <translation>genau eine Szenario-ID oder --all angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out FILE.pdf is required</source>
        <translation>--out FILE.pdf ist erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--page-size must be A4 or Letter, not &apos;%1&apos;</source>
        <translation>--page-size muss A4 oder Letter sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin</source>
        <translation>unbekannte Zeitzone „%1“: einen IANA-Namen wie Europe/Berlin verwenden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Warning: the site file has keys no scenario uses (typo?): %1. drrunbook-cli print --list-site-keys shows the keys.
</source>
        <translation>Warnung: Die Site-Datei enthält Schlüssel, die kein Szenario verwendet (Tippfehler?): %1. drrunbook-cli print --list-site-keys zeigt die Schlüssel.
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown scenario &apos;%1&apos; (drrunbook-cli print --list shows the ids)</source>
        <translation>unbekanntes Szenario „%1“ (drrunbook-cli print --list zeigt die IDs)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1
</source>
        <translation>%1 geschrieben
</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="+27"/>
        <source>Usage: drrunbook-cli report RUN --out FILE.pdf|FILE.html [--page-size A4|Letter] [--tz ZONE]
  RUN        the run&apos;s journal file (.jsonl)
  --tz ZONE  IANA time zone of the timeline; default the system&apos;s
</source>
        <translation>Aufruf: drrunbook-cli report RUN --out FILE.pdf|FILE.html [--page-size A4|Letter] [--tz ZONE]
  RUN        die Protokolldatei des Durchlaufs (.jsonl)
  --tz ZONE  IANA-Zeitzone der Zeitleiste; Standard: die des Systems
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give exactly one run journal file</source>
        <translation>genau eine Protokolldatei eines Durchlaufs angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out FILE.pdf or FILE.html is required</source>
        <translation>--out FILE.pdf oder FILE.html ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out must end in .pdf or .html, not &apos;%1&apos;</source>
        <translation>--out muss auf .pdf oder .html enden, nicht „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--page-size must be A4 or Letter, not &apos;%1&apos;</source>
        <translation>--page-size muss A4 oder Letter sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin</source>
        <translation>unbekannte Zeitzone „%1“: einen IANA-Namen wie Europe/Berlin verwenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the run journal %1 (%2): give the .jsonl file of a run.
</source>
        <translation>Das Durchlaufprotokoll %1 kann nicht gelesen werden (%2): Geben Sie die .jsonl-Datei eines Durchlaufs an.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no events</source>
        <translation>keine Ereignisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: %1 (the report may be incomplete)
</source>
        <translation>Warnung: %1 (der Bericht ist möglicherweise unvollständig)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run&apos;s scenario &apos;%1&apos; is not in this version of the app (%2): use the version the run was made with.
</source>
        <translation>Das Szenario „%1“ des Durchlaufs gibt es in dieser Version der App (%2) nicht: Verwenden Sie die Version, mit der der Durchlauf gemacht wurde.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrote %1
</source>
        <translation>%1 geschrieben
</translation>
    </message>
</context>
<context>
    <name>RmaCli</name>
    <message>
        <location filename="../app/cli/cmd_rma.cpp" line="+24"/>
        <source>Usage: drrunbook-cli rma-reminders [--folder DIR] [--all]
  --folder DIR   where the reminders are kept; default %1
  --all          also list the appliances already returned
Exit status: 0 nothing overdue, 1 a return is overdue, 2 the list cannot be read.
</source>
        <translation>Aufruf: drrunbook-cli rma-reminders [--folder DIR] [--all]
  --folder DIR   wo die Erinnerungen liegen; Standard %1
  --all          auch bereits zurückgeschickte Appliances auflisten
Exit-Status: 0 nichts überfällig, 1 eine Rücksendung ist überfällig, 2 die Liste ist nicht lesbar.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>returned %1</source>
        <translation>zurückgeschickt %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag ÜBERFÄLLIG</numerusform>
            <numerusform>seit %n Tagen ÜBERFÄLLIG</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>due in %n day(s), send it now</source>
        <translation>
            <numerusform>fällig in %n Tag, jetzt verschicken</numerusform>
            <numerusform>fällig in %n Tagen, jetzt verschicken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>fällig in %n Tag</numerusform>
            <numerusform>fällig in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>due TODAY</source>
        <translation>HEUTE fällig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No RMA return to make.
</source>
        <translation>Keine RMA-Rücksendung offen.
</translation>
    </message>
</context>
<context>
    <name>SecretCli</name>
    <message>
        <location filename="../app/cli/cmd_secret.cpp" line="+27"/>
        <source>usage: drrunbook-cli secret store|forget --url https://HOST[:PORT] --client-id ID
</source>
        <translation>Aufruf: drrunbook-cli secret store|forget --url https://HOST[:PORT] --client-id ID
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The appliance&apos;s address.</source>
        <translation>Adresse der Appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API account&apos;s client id.</source>
        <translation>Client-ID des API-Kontos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>say store or forget</source>
        <translation>store oder forget angeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--url needs an https:// address</source>
        <translation>--url braucht eine https://-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--client-id is required</source>
        <translation>--client-id ist erforderlich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API client secret for %1: </source>
        <translation>API-Client-Secret für %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drrunbook-cli secret: no secret given: set DRRUNBOOK_CLIENT_SECRET or run it in a terminal to be asked
</source>
        <translation>drrunbook-cli secret: kein Secret angegeben: setzen Sie DRRUNBOOK_CLIENT_SECRET oder führen Sie den Befehl in einem Terminal aus, um danach gefragt zu werden
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stored in the keychain as %1
</source>
        <translation>Im Schlüsselbund als %1 abgelegt
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed %1 from the keychain
</source>
        <translation>%1 aus dem Schlüsselbund entfernt
</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../core/keychain/SecretStore.cpp" line="+33"/>
        <source>There is no such entry in the keychain.</source>
        <translation>Dieser Eintrag ist im Schlüsselbund nicht vorhanden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain cannot be used (%1). The secret is not stored: it will be asked for each time. On Linux, start a Secret Service (e.g. GNOME Keyring or KeePassXC) in your desktop session.</source>
        <translation>Der Schlüsselbund ist nicht verwendbar (%1). Das Geheimnis wird nicht gespeichert, sondern jedes Mal abgefragt. Starten Sie unter Linux einen Secret Service (z. B. GNOME Keyring oder KeePassXC) in Ihrer Desktop-Sitzung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The keychain did not answer in time; the secret will be asked for instead.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet; das Geheimnis wird stattdessen abgefragt.</translation>
    </message>
</context>
<context>
    <name>SiteBackupScan</name>
    <message>
        <location filename="../ui/SiteBackupScan.cpp" line="+20"/>
        <source>The backup folder %1 does not exist. Create it, or correct the folder in the site profile.</source>
        <translation>Der Backup-Ordner %1 existiert nicht. Legen Sie ihn an oder korrigieren Sie den Ordner im Site-Profil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup folder %1 cannot be read. Check its permissions, or that the share is mounted.</source>
        <translation>Der Backup-Ordner %1 ist nicht lesbar. Prüfen Sie seine Berechtigungen oder ob die Freigabe eingehängt ist.</translation>
    </message>
</context>
<context>
    <name>SiteSummaries</name>
    <message>
        <location filename="../ui/SiteSummary.cpp" line="+92"/>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>SupportClockCli</name>
    <message>
        <location filename="../app/cli/cmd_support_clock.cpp" line="+25"/>
        <source>Usage: drrunbook-cli support-clock --severity 1|2|3 [--at TIME] [--tz ZONE] [--json]
  --at    when the incident was reported, ISO 8601 (e.g. 2026-11-25T08:30 or 2026-11-25T08:30:00+01:00); default now
  --tz    your IANA time zone (e.g. Europe/Berlin); default the system&apos;s
</source>
        <translation>Aufruf: drrunbook-cli support-clock --severity 1|2|3 [--at TIME] [--tz ZONE] [--json]
  --at    Zeitpunkt der Meldung, ISO 8601 (z. B. 2026-11-25T08:30 oder 2026-11-25T08:30:00+01:00); Standard: jetzt
  --tz    Ihre IANA-Zeitzone (z. B. Europe/Berlin); Standard: die des Systems
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1  |  US Central: %2</source>
        <translation>%1  |  US Central: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--severity is required</source>
        <translation>--severity ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--severity must be 1, 2 or 3, not &apos;%1&apos;</source>
        <translation>--severity muss 1, 2 oder 3 sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin</source>
        <translation>unbekannte Zeitzone „%1“: einen IANA-Namen wie Europe/Berlin verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time zone America/Chicago is missing from this system&apos;s time zone database: install the tzdata package.
</source>
        <translation>Die Zeitzone America/Chicago fehlt in der Zeitzonendatenbank dieses Systems: Installieren Sie das Paket tzdata.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--at &apos;%1&apos; is not an ISO 8601 time such as 2026-11-25T08:30</source>
        <translation>--at „%1“ ist keine ISO-8601-Zeit wie 2026-11-25T08:30</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: first response within %2 business minutes.
</source>
        <translation>%1: Erste Antwort innerhalb von %2 Geschäftsminuten.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported:            %1
</source>
        <translation>Gemeldet:              %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received:            %1
</source>
        <translation>Eingegangen:           %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>                     (outside support hours: received at the start of the next business day)
</source>
        <translation>                     (außerhalb der Support-Zeiten: gilt als zu Beginn des nächsten Geschäftstags eingegangen)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response due:  %1
</source>
        <translation>Erste Antwort fällig:  %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support is open now, until %1.
</source>
        <translation>Der Support ist jetzt erreichbar, bis %1.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support is closed now (hours: 2:00 AM to 7:00 PM US Central, Monday to Friday, except holidays).
</source>
        <translation>Der Support ist jetzt geschlossen (Zeiten: 2:00 bis 19:00 Uhr US Central, Montag bis Freitag, außer an Feiertagen).
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next opening:        %1
</source>
        <translation>Nächste Öffnung:       %1
</translation>
    </message>
</context>
<context>
    <name>WizardServices</name>
    <message>
        <location filename="../ui/WizardServices.cpp" line="+27"/>
        <source>The role of %1 was NOT changed: this program cannot reach the appliance API here. Use Become Primary in its /appliance interface, then skip this step and say so.</source>
        <translation>Die Rolle von %1 wurde NICHT geändert: Dieses Programm erreicht die API der Appliance hier nicht. Verwenden Sie „Become Primary“ in deren /appliance-Oberfläche, überspringen Sie dann diesen Schritt und geben Sie das als Grund an.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Rehearsal: simulated as passed; no appliance was contacted.</source>
        <translation>Probelauf: als bestanden simuliert; keine Appliance wurde kontaktiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automated checks are not available here. Verify this by hand, then skip the step and write what you saw as the reason.</source>
        <translation>Automatische Prüfungen sind hier nicht verfügbar. Prüfen Sie dies von Hand, überspringen Sie dann den Schritt und schreiben Sie als Grund, was Sie gesehen haben.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+47"/>
        <source>Usage: drrunbook-cli COMMAND [OPTIONS]

Commands:
</source>
        <translation>Aufruf: drrunbook-cli BEFEHL [OPTIONEN]

Befehle:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Secrets are read from the environment or the keychain, never from the command line.
  --version   print the versions of the app, Qt and OpenSSL
  --lang CODE show messages in that language (%1; default: DR_LANG, the setting, else the system&apos;s)
</source>
        <translation>
Geheimnisse werden aus der Umgebung oder dem Schlüsselbund gelesen, nie von der Befehlszeile.
  --version   die Versionen der App, von Qt und OpenSSL ausgeben
  --lang CODE Meldungen in dieser Sprache ausgeben (%1; Standard: DR_LANG, die Einstellung, sonst die des Systems)
</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>drrunbook-cli: there is no language &apos;%1&apos;. Use one of: %2
</source>
        <translation>drrunbook-cli: Die Sprache „%1“ gibt es nicht. Verwenden Sie eine von: %2
</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>drrunbook-cli: unknown command &apos;%1&apos;
</source>
        <translation>drrunbook-cli: unbekannter Befehl „%1“
</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_appliances.cpp" line="+75"/>
        <source>List the site&apos;s appliances: name, role and state of each.</source>
        <translation>Die Appliances des Standorts auflisten: Name, Rolle und Zustand jeder einzelnen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_backup.cpp" line="+213"/>
        <source>Download the site backup (.nsb) with its SHA-256 beside it; with --site, the scheduled backup of a site profile.</source>
        <translation>Das Standort-Backup (.nsb) herunterladen, mit seinem SHA-256 daneben; mit --site das geplante Backup eines Standortprofils.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_cert.cpp" line="+6"/>
        <source>Check a certificate backup (.p12), compare it with what the appliance serves, or write it again.</source>
        <translation>Eine Zertifikatssicherung (.p12) prüfen, mit dem vergleichen, was die Appliance ausliefert, oder neu schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_health.cpp" line="+100"/>
        <source>Show an appliance&apos;s health; with --probe only the unauthenticated probe, without credentials.</source>
        <translation>Den Zustand einer Appliance anzeigen; mit --probe nur die Abfrage ohne Anmeldung, ohne Zugangsdaten.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_incident.cpp" line="+8"/>
        <source>Print the vendor&apos;s incident report, pre-filled from a run&apos;s journal.</source>
        <translation>Den Vorfallbericht des Herstellers ausgeben, vorausgefüllt aus dem Journal eines Durchlaufs.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_lab.cpp" line="+7"/>
        <source>Run the drill lab (simulated appliances) until stopped.</source>
        <translation>Das Übungslabor (simulierte Appliances) bis zum Beenden ausführen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_nsb.cpp" line="+6"/>
        <source>Check a backup against the vendor&apos;s restore rules for a target version.</source>
        <translation>Ein Backup gegen die Wiederherstellungsregeln des Herstellers für eine Zielversion prüfen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_print.cpp" line="+8"/>
        <source>Print a scenario, or the whole binder, as an offline checklist (PDF).</source>
        <translation>Ein Szenario oder das ganze Handbuch als Offline-Checkliste (PDF) drucken.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="+7"/>
        <source>Write the report of a run (PDF or HTML) from its journal.</source>
        <translation>Den Bericht eines Durchlaufs (PDF oder HTML) aus seinem Journal schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_rma.cpp" line="+18"/>
        <source>List the RMA returns still to send back (exit status 1 when one is overdue).</source>
        <translation>Die noch zurückzusendenden RMA-Geräte auflisten (Exit-Status 1, wenn eines überfällig ist).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_secret.cpp" line="+9"/>
        <source>Store an API client secret in the keychain, or forget it.</source>
        <translation>Ein API-Client-Geheimnis im Schlüsselbund speichern oder vergessen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_site.cpp" line="+345"/>
        <source>Validate a site profile and check its appliances; keep its secrets in the keychain.</source>
        <translation>Ein Standortprofil validieren und seine Appliances prüfen; seine Geheimnisse im Schlüsselbund ablegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_support_clock.cpp" line="+8"/>
        <source>The vendor&apos;s first-response deadline for a severity, in business hours.</source>
        <translation>Die Frist des Herstellers für die erste Antwort bei einem Schweregrad, in Geschäftszeiten.</translation>
    </message>
</context>
<context>
    <name>dr</name>
    <message>
        <location filename="../core/common/AtomicWrite.cpp" line="+22"/>
        <source>Cannot write %1: the folder does not exist. Create it or choose another output file.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner existiert nicht. Legen Sie ihn an oder wählen Sie eine andere Ausgabedatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: %2. Check the free space and permissions; the previous file, if any, is unchanged.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie freien Speicherplatz und Berechtigungen; eine vorhandene Datei bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>dr::api</name>
    <message>
        <location filename="../core/api/ApiInfo.cpp" line="+92"/>
        <source>The appliance&apos;s API information has no &lt;api_version&gt;. Check the URL, then try again.</source>
        <translation>Die API-Informationen der Appliance enthalten kein &lt;api_version&gt;. Prüfen Sie die URL und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/api/ReplyClassifier.cpp" line="+27"/>
        <source>The appliance refused the request because of its rate limit (20 per second, 15,000 per hour per API account). Wait a minute and try again; make sure no other tool polls with the same API account.</source>
        <translation>Die Appliance hat die Anfrage wegen ihres Ratenlimits abgelehnt (20 pro Sekunde, 15.000 pro Stunde je API-Konto). Warten Sie eine Minute und versuchen Sie es erneut; stellen Sie sicher, dass kein anderes Werkzeug mit demselben API-Konto abfragt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The appliance rejected the API token. Check the API account in /login &gt; Management &gt; API Configuration (enabled, secret current), then try again.</source>
        <translation>Die Appliance hat das API-Token abgelehnt. Prüfen Sie das API-Konto unter /login &gt; Management &gt; API Configuration (aktiviert, Secret aktuell) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../core/api/XmlTree.cpp" line="+146"/>
        <source>The appliance refused the request: %1</source>
        <translation>Die Appliance hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The appliance refused the legacy username and password. Check them, or switch to an OAuth API account (legacy login is deprecated).</source>
        <translation>Die Appliance hat den Legacy-Benutzernamen und das Passwort abgelehnt. Prüfen Sie beides oder wechseln Sie zu einem OAuth-API-Konto (die Legacy-Anmeldung ist veraltet).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The appliance refused access (HTTP 403): the API account lacks %1. In /login &gt; Management &gt; API Configuration, grant it, then try again.</source>
        <translation>Die Appliance hat den Zugriff verweigert (HTTP 403): Dem API-Konto fehlt %1. Erteilen Sie sie unter /login &gt; Management &gt; API Configuration und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a permission</source>
        <translation>eine Berechtigung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The appliance reported an internal error (HTTP %1). Check its health in /appliance, then try again.</source>
        <translation>Die Appliance hat einen internen Fehler gemeldet (HTTP %1). Prüfen Sie ihren Zustand unter /appliance und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The appliance answered with HTTP %1, which this tool does not expect. Check the URL points at the appliance&apos;s public site.</source>
        <translation>Die Appliance hat mit HTTP %1 geantwortet, was dieses Werkzeug nicht erwartet. Prüfen Sie, ob die URL auf die öffentliche Site der Appliance zeigt.</translation>
    </message>
    <message>
        <location filename="../core/api/XmlTree.cpp" line="-129"/>
        <source>The appliance sent a reply that could not be read as API XML. Check that the URL points at the appliance&apos;s public site, then try again.</source>
        <translation>Die Appliance hat eine Antwort gesendet, die sich nicht als API-XML lesen lässt. Prüfen Sie, ob die URL auf die öffentliche Site der Appliance zeigt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>reply larger than %1 bytes</source>
        <translation>Antwort größer als %1 Byte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty reply</source>
        <translation>leere Antwort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the reply declares a DOCTYPE, which is refused</source>
        <translation>die Antwort deklariert einen DOCTYPE, was abgelehnt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reply uses an entity reference, which is refused</source>
        <translation>die Antwort verwendet eine Entity-Referenz, was abgelehnt wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than one root element</source>
        <translation>mehr als ein Wurzelelement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reply is nested too deeply or too large</source>
        <translation>die Antwort ist zu tief verschachtelt oder zu groß</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no root element (truncated reply?)</source>
        <translation>kein Wurzelelement (abgeschnittene Antwort?)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The API account lacks the permission for this call (the appliance answered &quot;%1&quot;). In /login &gt; Management &gt; API Configuration, give the account the Command API and Backup API permissions this step needs.</source>
        <translation>Dem API-Konto fehlt die Berechtigung für diesen Aufruf (die Appliance antwortete „%1“). Erteilen Sie dem Konto unter /login &gt; Management &gt; API Configuration die Berechtigungen Command API und Backup API, die dieser Schritt braucht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The appliance rejected the API credentials or token. Check the API account&apos;s client ID and secret in /login &gt; Management &gt; API Configuration.</source>
        <translation>Die Appliance hat die API-Zugangsdaten oder das Token abgelehnt. Prüfen Sie Client-ID und Secret des API-Kontos unter /login &gt; Management &gt; API Configuration.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected &lt;%1&gt;, got &lt;%2&gt;</source>
        <translation>&lt;%1&gt; erwartet, &lt;%2&gt; erhalten</translation>
    </message>
</context>
<context>
    <name>dr::api::ApiCall</name>
    <message>
        <location filename="../core/api/ApiCall.cpp" line="+48"/>
        <source>No API client ID or secret was given. Create an API account in /login &gt; Management &gt; API Configuration and give its client ID and secret.</source>
        <translation>Es wurden keine API-Client-ID und kein Secret angegeben. Legen Sie unter /login &gt; Management &gt; API Configuration ein API-Konto an und geben Sie dessen Client-ID und Secret an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API client has no token manager.</source>
        <translation>Der API-Client hat keinen Token-Manager.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The appliance rejected a freshly issued API token too. Check that the API account is enabled and has the permissions this step needs (/login &gt; Management &gt; API Configuration), then try again.</source>
        <translation>Die Appliance hat auch ein frisch ausgestelltes API-Token abgelehnt. Prüfen Sie, ob das API-Konto aktiviert ist und die Berechtigungen hat, die dieser Schritt braucht (/login &gt; Management &gt; API Configuration), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>dr::api::ApiClient</name>
    <message>
        <location filename="../core/api/ApiClient.cpp" line="+95"/>
        <source>The health probe (/check_health) answered HTTP %1 instead of 200 or 500. Check that the URL points at the appliance itself, not a proxy.</source>
        <translation>Die Zustandsabfrage (/check_health) hat mit HTTP %1 statt 200 oder 500 geantwortet. Prüfen Sie, ob die URL auf die Appliance selbst zeigt und nicht auf einen Proxy.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This role-change confirmation was already used. Run the pre-check again and confirm the next change separately.</source>
        <translation>Diese Bestätigung des Rollenwechsels wurde bereits verwendet. Führen Sie die Vorprüfung erneut aus und bestätigen Sie den nächsten Wechsel gesondert.</translation>
    </message>
</context>
<context>
    <name>dr::api::ApiInfo</name>
    <message>
        <location filename="../core/api/ApiInfo.cpp" line="-51"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This API account cannot read the appliance&apos;s status: its Command API permission is &quot;%1&quot;. In /login &gt; Management &gt; API Configuration, set Command API to &quot;Read Only&quot; or &quot;Full Access&quot;.</source>
        <translation>Dieses API-Konto kann den Status der Appliance nicht lesen: Seine Command-API-Berechtigung ist „%1“. Setzen Sie unter /login &gt; Management &gt; API Configuration die Command API auf „Read Only“ oder „Full Access“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This API account cannot change failover roles: its Command API permission is &quot;%1&quot;, and set_failover_role needs &quot;Full Access&quot;. In /login &gt; Management &gt; API Configuration, set Command API to &quot;Full Access&quot;.</source>
        <translation>Dieses API-Konto kann keine Failover-Rollen ändern: Seine Command-API-Berechtigung ist „%1“, und set_failover_role braucht „Full Access“. Setzen Sie unter /login &gt; Management &gt; API Configuration die Command API auf „Full Access“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This API account cannot download backups. In /login &gt; Management &gt; API Configuration, tick &quot;Allow Access to the Backup API&quot; for this account.</source>
        <translation>Dieses API-Konto kann keine Backups herunterladen. Aktivieren Sie unter /login &gt; Management &gt; API Configuration für dieses Konto „Allow Access to the Backup API“.</translation>
    </message>
</context>
<context>
    <name>dr::api::BackupDownloader</name>
    <message>
        <location filename="../core/api/BackupDownloader.cpp" line="+65"/>
        <source>The folder %1 does not exist or cannot be written.</source>
        <translation>Der Ordner %1 existiert nicht oder ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No API client ID or secret was given. Create an API account with &quot;Allow Access to the Backup API&quot; in /login &gt; Management &gt; API Configuration and give its client ID and secret.</source>
        <translation>Es wurden keine API-Client-ID und kein Secret angegeben. Legen Sie unter /login &gt; Management &gt; API Configuration ein API-Konto mit „Allow Access to the Backup API“ an und geben Sie dessen Client-ID und Secret an.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The backup&apos;s SHA-256 cannot be computed: OpenSSL offers no SHA-256. Nothing was saved; repair the OpenSSL installation.</source>
        <translation>Die SHA-256 des Backups lässt sich nicht berechnen: OpenSSL bietet kein SHA-256. Es wurde nichts gespeichert; reparieren Sie die OpenSSL-Installation.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not enough free space for the %1-byte backup in %2.</source>
        <translation>Nicht genug freier Speicherplatz für das Backup mit %1 Byte in %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 bytes available</source>
        <translation>%1 Byte verfügbar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The appliance sent a large non-backup reply to the backup request. Check that the URL points at the appliance&apos;s public site.</source>
        <translation>Die Appliance hat auf die Backup-Anfrage eine große Antwort gesendet, die kein Backup ist. Prüfen Sie, ob die URL auf die öffentliche Site der Appliance zeigt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing the backup to %1 failed.</source>
        <translation>Das Schreiben des Backups nach %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The appliance answered the backup request with text instead of a backup file. Check that the URL points at the appliance&apos;s public site.</source>
        <translation>Die Appliance hat auf die Backup-Anfrage mit Text statt einer Backup-Datei geantwortet. Prüfen Sie, ob die URL auf die öffentliche Site der Appliance zeigt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This API account may not download backups. In /login &gt; Management &gt; API Configuration, tick &quot;Allow Access to the Backup API&quot; for it.</source>
        <translation>Dieses API-Konto darf keine Backups herunterladen. Aktivieren Sie dafür unter /login &gt; Management &gt; API Configuration „Allow Access to the Backup API“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup download was cut short (%1 of %2 bytes). Nothing was saved; try again.</source>
        <translation>Der Backup-Download wurde abgebrochen (%1 von %2 Byte). Es wurde nichts gespeichert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The appliance sent an empty backup. Nothing was saved; check the appliance, then try again.</source>
        <translation>Die Appliance hat ein leeres Backup gesendet. Es wurde nichts gespeichert; prüfen Sie die Appliance und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the backup as %1 failed.</source>
        <translation>Das Speichern des Backups als %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving the checksum file %1 failed; the backup was removed.</source>
        <translation>Das Speichern der Prüfsummendatei %1 ist fehlgeschlagen; das Backup wurde entfernt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backup download was cancelled. Nothing was saved.</source>
        <translation>Der Backup-Download wurde abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing was saved. Free some disk space or choose another folder, then try again.</source>
        <translation>Es wurde nichts gespeichert. Schaffen Sie freien Speicherplatz oder wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>dr::api::ConnectedClientSummary</name>
    <message>
        <location filename="../core/api/ConnectedClientSummary.cpp" line="+34"/>
        <source>The appliance sent a connected-client count that is not a number. Try again; if it persists, check the appliance&apos;s software version.</source>
        <translation>Die Appliance hat eine Anzahl verbundener Clients gesendet, die keine Zahl ist. Versuchen Sie es erneut; tritt der Fehler weiter auf, prüfen Sie die Softwareversion der Appliance.</translation>
    </message>
</context>
<context>
    <name>dr::api::ConnectionSettings</name>
    <message>
        <location filename="../core/api/ConnectionSettings.cpp" line="+82"/>
        <source>The appliance URL &quot;%1&quot; is not valid. Give it as https://HOST or https://HOST:PORT.</source>
        <translation>Die Appliance-URL „%1“ ist ungültig. Geben Sie sie als https://HOST oder https://HOST:PORT an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The appliance URL must start with https:// (the API is only spoken over TLS).</source>
        <translation>Die Appliance-URL muss mit https:// beginnen (die API spricht nur TLS).</translation>
    </message>
</context>
<context>
    <name>dr::api::HealthCheck</name>
    <message>
        <location filename="../core/api/HealthCheck.cpp" line="+51"/>
        <source>The appliance&apos;s health reply has no &lt;success&gt; element. Check the URL and the appliance&apos;s software version, then try again.</source>
        <translation>Die Zustandsantwort der Appliance hat kein &lt;success&gt;-Element. Prüfen Sie die URL und die Softwareversion der Appliance und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>dr::api::HttpExchange</name>
    <message>
        <location filename="../core/api/HttpExchange.cpp" line="+26"/>
        <source>%1 stopped answering (nothing received for %2 s). Check that the appliance is up and reachable, then try again.</source>
        <translation>%1 antwortet nicht mehr (seit %2 s nichts empfangen). Prüfen Sie, ob die Appliance läuft und erreichbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not complete the request within %2 s. Check the appliance&apos;s load and the network, then try again.</source>
        <translation>%1 hat die Anfrage nicht innerhalb von %2 s abgeschlossen. Prüfen Sie die Last der Appliance und das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 is not an https:// address. The appliance API is only reached over HTTPS: correct the URL.</source>
        <translation>%1 ist keine https://-Adresse. Die Appliance-API wird nur über HTTPS erreicht: Korrigieren Sie die URL.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 did not answer in HTTP. Check that the URL and port point at the appliance&apos;s HTTPS site.</source>
        <translation>%1 hat nicht in HTTP geantwortet. Prüfen Sie, ob URL und Port auf die HTTPS-Site der Appliance zeigen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 sent a reply larger than %2 bytes, which is not an API reply. Check the URL.</source>
        <translation>%1 hat eine Antwort größer als %2 Byte gesendet; das ist keine API-Antwort. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>certificate does not match the pin</source>
        <translation>Zertifikat passt nicht zum hinterlegten Fingerabdruck</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The name %1 was not found in DNS. Check the spelling of the appliance&apos;s hostname and this computer&apos;s DNS settings.</source>
        <translation>Der Name %1 wurde im DNS nicht gefunden. Prüfen Sie die Schreibweise des Hostnamens der Appliance und die DNS-Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the connection. Check that the appliance is running and that the port is right, then try again.</source>
        <translation>%1 hat die Verbindung abgelehnt. Prüfen Sie, ob die Appliance läuft und der Port stimmt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 closed the connection before the reply was complete. Try again; if it keeps happening, check the appliance and any proxy or firewall in between.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war. Versuchen Sie es erneut; passiert es wieder, prüfen Sie die Appliance sowie Proxys oder Firewalls dazwischen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 did not answer in time. Check that the appliance is up and reachable, then try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie, ob die Appliance läuft und erreichbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to %1 failed. Check the network path to the appliance, then try again.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen. Prüfen Sie den Netzwerkweg zur Appliance und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>dr::api::RoleChangeConfirmation</name>
    <message>
        <location filename="../core/api/RoleChangeConfirmation.cpp" line="+31"/>
        <source>The pre-check of this appliance is older than %1 minutes. Run it again (API information and health) before changing the failover role.</source>
        <translation>Die Vorprüfung dieser Appliance ist älter als %1 Minuten. Führen Sie sie erneut aus (API-Informationen und Zustand), bevor Sie die Failover-Rolle ändern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not part of a failover pair (its failover role is &quot;%2&quot;), so its role cannot be changed. Configure failover in /login &gt; Management &gt; Failover first.</source>
        <translation>%1 gehört zu keinem Failover-Paar (seine Failover-Rolle ist „%2“), daher kann seine Rolle nicht geändert werden. Richten Sie zuerst Failover unter /login &gt; Management &gt; Failover ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is already %2; nothing to change. Check which appliance you meant.</source>
        <translation>%1 ist bereits %2; es gibt nichts zu ändern. Prüfen Sie, welche Appliance Sie gemeint haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;Force&quot; only applies when telling the primary to become backup; leave it off for this change.</source>
        <translation>„Force“ gilt nur, wenn die primäre Appliance zur Backup-Appliance werden soll; lassen Sie es bei diesem Wechsel aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The confirmation does not match. To change the role of this appliance, type its hostname exactly: %1</source>
        <translation>Die Bestätigung stimmt nicht. Um die Rolle dieser Appliance zu ändern, geben Sie genau ihren Hostnamen ein: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This role-change confirmation was given for another appliance (%1). Confirm again for this one.</source>
        <translation>Diese Bestätigung des Rollenwechsels galt einer anderen Appliance (%1). Bestätigen Sie für diese erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The role-change confirmation has expired (the pre-check is older than %1 minutes). Run the pre-check and confirm again.</source>
        <translation>Die Bestätigung des Rollenwechsels ist abgelaufen (die Vorprüfung ist älter als %1 Minuten). Führen Sie die Vorprüfung aus und bestätigen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>dr::api::SetRoleResult</name>
    <message>
        <location filename="../core/api/SetRoleResult.cpp" line="+16"/>
        <source>The appliance&apos;s answer to the role change has no &lt;success&gt; text, so it is not known whether the role changed. Check both appliances&apos; health before doing anything else.</source>
        <translation>Die Antwort der Appliance auf den Rollenwechsel enthält keinen &lt;success&gt;-Text; ob sich die Rolle geändert hat, ist unbekannt. Prüfen Sie den Zustand beider Appliances, bevor Sie etwas anderes tun.</translation>
    </message>
</context>
<context>
    <name>dr::api::Tls</name>
    <message>
        <location filename="../core/api/Tls.cpp" line="+40"/>
        <source>The TLS handshake with %1 failed before a certificate was seen. Check that the URL and port point at the appliance&apos;s HTTPS site.</source>
        <translation>Der TLS-Handshake mit %1 ist gescheitert, bevor ein Zertifikat zu sehen war. Prüfen Sie, ob URL und Port auf die HTTPS-Site der Appliance zeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 presented a certificate that does not match the pinned fingerprint. Presented: SHA-256 %2, subject &quot;%3&quot;. If the appliance&apos;s certificate was replaced on purpose, verify this fingerprint with its administrator and pin it instead.</source>
        <translation>%1 hat ein Zertifikat vorgelegt, das nicht zum hinterlegten Fingerabdruck passt. Vorgelegt: SHA-256 %2, Subject „%3“. Wurde das Zertifikat der Appliance absichtlich ersetzt, prüfen Sie diesen Fingerabdruck mit ihrem Administrator und hinterlegen Sie stattdessen ihn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 presented a certificate that is not trusted. Presented: SHA-256 %2, subject &quot;%3&quot;. Verify this fingerprint with the appliance&apos;s administrator, then trust it explicitly (pin it, or give the CA that issued it).</source>
        <translation>%1 hat ein nicht vertrauenswürdiges Zertifikat vorgelegt. Vorgelegt: SHA-256 %2, Subject „%3“. Prüfen Sie diesen Fingerabdruck mit dem Administrator der Appliance und vertrauen Sie ihm dann ausdrücklich (Fingerabdruck hinterlegen oder die ausstellende CA angeben).</translation>
    </message>
</context>
<context>
    <name>dr::api::TlsTrust</name>
    <message>
        <location filename="../core/api/ConnectionSettings.cpp" line="-47"/>
        <source>Cannot read the CA file %1. Check the path and its permissions.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden. Prüfen Sie den Pfad und die Berechtigungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 holds no PEM or DER certificate. Give the CA certificate that issued the appliance&apos;s certificate.</source>
        <translation>Die Datei %1 enthält kein PEM- oder DER-Zertifikat. Geben Sie das CA-Zertifikat an, das das Zertifikat der Appliance ausgestellt hat.</translation>
    </message>
</context>
<context>
    <name>dr::api::TokenManager</name>
    <message>
        <location filename="../core/api/TokenManager.cpp" line="+119"/>
        <source>The appliance refused a token request because of its rate limit (20 per second, 15,000 per hour per API account). Wait a minute, then try again.</source>
        <translation>Die Appliance hat eine Token-Anfrage wegen ihres Ratenlimits abgelehnt (20 pro Sekunde, 15.000 pro Stunde je API-Konto). Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The appliance refused the API client ID or secret. Check the API account in /login &gt; Management &gt; API Configuration (is it enabled, is the secret current?), then try again.</source>
        <translation>Die Appliance hat die API-Client-ID oder das Secret abgelehnt. Prüfen Sie das API-Konto unter /login &gt; Management &gt; API Configuration (aktiviert? Secret aktuell?) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The appliance answered the token request with HTTP %1. Check the URL points at the appliance&apos;s public site, then try again.</source>
        <translation>Die Appliance hat die Token-Anfrage mit HTTP %1 beantwortet. Prüfen Sie, ob die URL auf die öffentliche Site der Appliance zeigt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The appliance&apos;s token reply could not be understood. Check that the URL points at the appliance&apos;s public site, then try again.</source>
        <translation>Die Token-Antwort der Appliance ist unverständlich. Prüfen Sie, ob die URL auf die öffentliche Site der Appliance zeigt, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>dr::automation::CheckAttempt</name>
    <message>
        <location filename="../core/automation/CheckAttempt.cpp" line="+64"/>
        <source>The check timed out: no answer within %1 s. The appliance or network may be down or hung; check it and try again.</source>
        <translation>Zeitüberschreitung der Prüfung: keine Antwort innerhalb von %1 s. Appliance oder Netzwerk sind möglicherweise ausgefallen oder hängen; prüfen Sie das und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>dr::automation::HostResolver</name>
    <message>
        <location filename="../core/automation/HostResolver.cpp" line="+35"/>
        <source>Looking up %1 timed out after %2 s. Check this computer&apos;s DNS settings and try again.</source>
        <translation>Die Auflösung von %1 hat nach %2 s das Zeitlimit überschritten. Prüfen Sie die DNS-Einstellungen dieses Computers und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>dr::automation::LabDirectory</name>
    <message>
        <location filename="../core/automation/LabDirectory.cpp" line="+84"/>
        <source>The drill lab is not running; start the drill again.</source>
        <translation>Das Übungslabor läuft nicht; starten Sie die Übung erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not an appliance of the drill lab; in a drill record one of: %2.</source>
        <translation>%1 ist keine Appliance des Übungslabors; erfassen Sie in einer Übung eine von: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The drill lab&apos;s appliances only serve HTTPS (port 443), not port %1.</source>
        <translation>Die Appliances des Übungslabors bedienen nur HTTPS (Port 443), nicht Port %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not part of the drill lab, so the drill does not contact it. In a drill use the lab&apos;s names or addresses.</source>
        <translation>%1 gehört nicht zum Übungslabor, daher kontaktiert die Übung es nicht. Verwenden Sie in einer Übung die Namen oder Adressen des Labors.</translation>
    </message>
</context>
<context>
    <name>dr::automation::LabResolver</name>
    <message>
        <location filename="../core/automation/HostResolver.cpp" line="+49"/>
        <source>%1 is not a name of the drill lab, so the drill does not look it up. In a drill use %2 or an appliance&apos;s lab hostname.</source>
        <translation>%1 ist kein Name des Übungslabors, daher löst die Übung ihn nicht auf. Verwenden Sie in einer Übung %2 oder den Labor-Hostnamen einer Appliance.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In the drill, the site name %1 points at &quot;%2&quot;, which is not an appliance of the lab. Swing the DNS to one of the lab&apos;s appliances.</source>
        <translation>In der Übung zeigt der Site-Name %1 auf „%2“, das keine Appliance des Labors ist. Schalten Sie das DNS auf eine der Appliances des Labors um.</translation>
    </message>
</context>
<context>
    <name>dr::automation::RoleChangeJob</name>
    <message>
        <location filename="../core/automation/LiveActionRunner.cpp" line="+73"/>
        <source>Only a failover role change to primary or backup can be made.</source>
        <translation>Nur ein Failover-Rollenwechsel zu primary oder backup ist möglich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This drill would change a real appliance; it was refused.</source>
        <translation>Diese Übung würde eine echte Appliance ändern; das wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This real run is wired to the drill lab; nothing was changed.</source>
        <translation>Dieser echte Durchlauf ist mit dem Übungslabor verbunden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The pre-check of %1 failed, so nothing was changed: %2</source>
        <translation>Die Vorprüfung von %1 ist fehlgeschlagen, daher wurde nichts geändert: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already reports the primary role: automatic failover (or another operator) has promoted it. Nothing was sent.</source>
        <translation>%1 meldet bereits die primäre Rolle: Automatisches Failover (oder ein anderer Bearbeiter) hat sie hochgestuft. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already reports the backup role. Nothing was sent.</source>
        <translation>%1 meldet bereits die Backup-Rolle. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The pre-check of %1 is not available; nothing was changed. Run the action again.</source>
        <translation>Die Vorprüfung von %1 ist nicht verfügbar; es wurde nichts geändert. Führen Sie die Aktion erneut aus.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>set_failover_role failed: %1 The role may still have changed if the reply was lost: check the role of both appliances before anything else.</source>
        <translation>set_failover_role fehlgeschlagen: %1 Die Rolle kann sich trotzdem geändert haben, falls die Antwort verloren ging: Prüfen Sie zuerst die Rolle beider Appliances.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The data sync has started; every user is disconnected until it ends.</source>
        <translation>Die Datensynchronisierung hat begonnen; bis zu ihrem Ende sind alle Benutzer getrennt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 now reports the %2 role.</source>
        <translation>%1 meldet jetzt die Rolle %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data sync in progress: both appliances read backup for the moment.</source>
        <translation>Datensynchronisierung läuft: Beide Appliances melden vorerst backup.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not report the %2 role within %3 s (last: %4). Check /login &gt; Management &gt; Failover on both appliances before trying again.</source>
        <translation>%1 hat die Rolle %2 nicht innerhalb von %3 s gemeldet (zuletzt: %4). Prüfen Sie /login &gt; Management &gt; Failover auf beiden Appliances, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>dr::automation::SiteDirectory</name>
    <message>
        <location filename="../core/automation/SiteDirectory.cpp" line="+29"/>
        <source>No appliance was named; record the appliance&apos;s host name or address first.</source>
        <translation>Es wurde keine Appliance genannt; erfassen Sie zuerst Hostnamen oder Adresse der Appliance.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not one of this site&apos;s appliances. Add it to the site&apos;s appliance list (URL, certificate trust and API account) or record one of: %2.</source>
        <translation>%1 gehört nicht zu den Appliances dieser Site. Nehmen Sie sie in die Appliance-Liste der Site auf (URL, Zertifikatsvertrauen und API-Konto) oder erfassen Sie eine von: %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No host was named; record the host name or address first.</source>
        <translation>Es wurde kein Host genannt; erfassen Sie zuerst Hostnamen oder Adresse.</translation>
    </message>
</context>
<context>
    <name>dr::automation::SystemResolver</name>
    <message>
        <location filename="../core/automation/HostResolver.cpp" line="-43"/>
        <source>%1 does not resolve (%2). Check the name and this computer&apos;s DNS server.</source>
        <translation>%1 lässt sich nicht auflösen (%2). Prüfen Sie den Namen und den DNS-Server dieses Computers.</translation>
    </message>
</context>
<context>
    <name>dr::backup::BackupCatalog</name>
    <message>
        <location filename="../core/backup/BackupCatalog.cpp" line="+86"/>
        <source>No .sha256 file beside it, so it cannot be verified; download a fresh backup.</source>
        <translation>Keine .sha256-Datei daneben, daher nicht prüfbar; laden Sie ein frisches Backup herunter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read it (%1); check the permissions.</source>
        <translation>Nicht lesbar (%1); prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading it failed (%1); check the disk.</source>
        <translation>Lesen fehlgeschlagen (%1); prüfen Sie den Datenträger.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Its SHA-256 differs from the .sha256 file: the backup is damaged or was changed. Do not restore it; download a fresh backup.</source>
        <translation>Die SHA-256 weicht von der .sha256-Datei ab: Das Backup ist beschädigt oder wurde verändert. Nicht wiederherstellen; laden Sie ein frisches Backup herunter.</translation>
    </message>
</context>
<context>
    <name>dr::backup::BackupRotation</name>
    <message>
        <location filename="../core/backup/BackupRotation.cpp" line="+55"/>
        <source>Rotation was cancelled; nothing was deleted.</source>
        <translation>Die Rotation wurde abgebrochen; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not delete the old backup %1; check the folder&apos;s permissions.</source>
        <translation>Das alte Backup %1 konnte nicht gelöscht werden; prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
</context>
<context>
    <name>dr::backup::ScheduledBackup</name>
    <message>
        <location filename="../core/backup/ScheduledBackup.cpp" line="+77"/>
        <source>the site profile records no primary appliance: set failover_role &quot;primary&quot; on one appliance or name one in backups.from_appliance</source>
        <translation>das Site-Profil verzeichnet keine primäre Appliance: setzen Sie failover_role &quot;primary&quot; bei einer Appliance oder nennen Sie eine in backups.from_appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backups.from_appliance &quot;%1&quot; is not an appliance of the site profile: correct it</source>
        <translation>backups.from_appliance „%1“ ist keine Appliance des Site-Profils: korrigieren Sie es</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the site profile has no backups.folder: choose the folder the backups go to</source>
        <translation>das Site-Profil hat kein backups.folder: wählen Sie den Ordner, in den die Backups kommen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the backup folder %1 cannot be created or written: check the path and permissions</source>
        <translation>der Backup-Ordner %1 kann nicht angelegt oder beschrieben werden: Pfad und Berechtigungen prüfen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>appliance &quot;%1&quot; is a failover backup now and no other appliance answered as primary</source>
        <translation>Appliance „%1“ ist jetzt eine Failover-Backup-Appliance, und keine andere Appliance hat als primäre geantwortet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>appliance &quot;%1&quot;: %2</source>
        <translation>Appliance „%1“: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>download from &quot;%1&quot; failed, older backups kept: %2</source>
        <translation>Download von „%1“ fehlgeschlagen, ältere Backups bleiben erhalten: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the saved backup has %1 bytes, %2 were received: the disk may be failing</source>
        <translation>das gespeicherte Backup hat %1 Byte, empfangen wurden %2: der Datenträger fällt möglicherweise aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the saved backup does not match its SHA-256: the disk may be failing</source>
        <translation>das gespeicherte Backup passt nicht zu seiner SHA-256: der Datenträger fällt möglicherweise aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup&apos;s name &quot;%1&quot; carries no product version: the restore rules need it</source>
        <translation>der Name des Backups „%1“ enthält keine Produktversion: die Wiederherstellungsregeln brauchen sie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the backup&apos;s name says version %1 but the appliance runs %2</source>
        <translation>laut Name hat das Backup Version %1, die Appliance läuft aber mit %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 failed verification and was deleted, older backups kept: %2</source>
        <translation>%1 hat die Prüfung nicht bestanden und wurde gelöscht, ältere Backups bleiben erhalten: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saved %1 (%2 bytes, version %3) from &quot;%4&quot;; %5 kept, %6 old removed</source>
        <translation>%1 gespeichert (%2 Byte, Version %3) von „%4“; %5 behalten, %6 alte entfernt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>saved %1, but rotating old backups failed: %2</source>
        <translation>%1 gespeichert, aber die Rotation alter Backups ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no appliance could be reached: check the site profile</source>
        <translation>keine Appliance erreichbar: prüfen Sie das Site-Profil</translation>
    </message>
</context>
<context>
    <name>dr::cert::CertChecker</name>
    <message>
        <location filename="../core/cert/CertChecker.cpp" line="+34"/>
        <source>%1 expired on %2. Clients will refuse it: renew it with the CA (or make a new self-signed certificate) and install the new one instead of restoring this one.</source>
        <translation>%1 ist am %2 abgelaufen. Clients werden es ablehnen: Erneuern Sie es bei der CA (oder erstellen Sie ein neues selbstsigniertes Zertifikat) und installieren Sie das neue, statt dieses wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid before %2. Check the appliance&apos;s and this computer&apos;s clock (NTP); if the clocks are right, wait or use the certificate that is valid now.</source>
        <translation>%1 ist erst ab %2 gültig. Prüfen Sie die Uhr der Appliance und dieses Computers (NTP); stimmen die Uhren, warten Sie oder verwenden Sie das Zertifikat, das jetzt gültig ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 expires on %2, within %n day(s). Restore it, then plan its renewal now.</source>
        <translation>
            <numerusform>%1 läuft am %2 ab, in %n Tag. Stellen Sie es wieder her und planen Sie jetzt seine Erneuerung.</numerusform>
            <numerusform>%1 läuft am %2 ab, in %n Tagen. Stellen Sie es wieder her und planen Sie jetzt seine Erneuerung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 &quot;%2&quot; has a weak %3 key of %4 bits (at least RSA 2048 or EC 256 is needed). Current clients may refuse it: replace it with a stronger certificate.</source>
        <translation>%1 „%2“ hat einen schwachen %3-Schlüssel mit %4 Bit (nötig sind mindestens RSA 2048 oder EC 256). Aktuelle Clients lehnen es möglicherweise ab: Ersetzen Sie es durch ein stärkeres Zertifikat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 &quot;%2&quot; is signed with %3, which clients no longer accept. Have the CA issue it again with SHA-256.</source>
        <translation>%1 „%2“ ist mit %3 signiert, was Clients nicht mehr akzeptieren. Lassen Sie es von der CA mit SHA-256 neu ausstellen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup file has no password. Anyone holding it holds the appliance&apos;s private key: after the restore, export it again with a passphrase and store it securely.</source>
        <translation>Die Backup-Datei hat kein Passwort. Wer sie besitzt, besitzt den privaten Schlüssel der Appliance: Exportieren Sie ihn nach der Wiederherstellung erneut mit einer Passphrase und bewahren Sie ihn sicher auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup file uses old, weak encryption (%1). It can be restored; afterwards export it again with AES-256.</source>
        <translation>Die Backup-Datei verwendet eine alte, schwache Verschlüsselung (%1). Sie kann wiederhergestellt werden; exportieren Sie sie danach erneut mit AES-256.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Private Key? No: the file holds no private key, so the appliance cannot use this certificate. Export it again with Include Private Key checked.</source>
        <translation>Private Key? No: Die Datei enthält keinen privaten Schlüssel, daher kann die Appliance dieses Zertifikat nicht verwenden. Exportieren Sie es erneut mit aktiviertem „Include Private Key“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The private key in the file does not belong to the certificate &quot;%1&quot;. Find the backup that holds the matching key, or have a new certificate issued.</source>
        <translation>Der private Schlüssel in der Datei gehört nicht zum Zertifikat „%1“. Suchen Sie das Backup mit dem passenden Schlüssel oder lassen Sie ein neues Zertifikat ausstellen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is self-signed: clients trust it only if it was installed on them. Restore this same certificate so existing clients keep connecting; plan a CA-signed one.</source>
        <translation>„%1“ ist selbstsigniert: Clients vertrauen ihm nur, wenn es auf ihnen installiert wurde. Stellen Sie genau dieses Zertifikat wieder her, damit bestehende Clients sich weiter verbinden; planen Sie ein von einer CA signiertes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate chain is incomplete: the certificate of &quot;%1&quot; is missing. Every intermediate and the root must be in the file: get them from the CA and export again with Include Certificate Chain.</source>
        <translation>Die Zertifikatskette ist unvollständig: Das Zertifikat von „%1“ fehlt. Jedes Zwischenzertifikat und die Root müssen in der Datei sein: Besorgen Sie sie bei der CA und exportieren Sie erneut mit „Include Certificate Chain“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file holds %1 root certificates; a CA-signed certificate has exactly one. Remove the roots that are not part of the chain.</source>
        <translation>Die Datei enthält %1 Root-Zertifikate; ein von einer CA signiertes Zertifikat hat genau eines. Entfernen Sie die Roots, die nicht zur Kette gehören.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; (issued by &quot;%2&quot;) is not part of the appliance certificate&apos;s chain. Check that this is the right backup.</source>
        <translation>„%1“ (ausgestellt von „%2“) gehört nicht zur Kette des Appliance-Zertifikats. Prüfen Sie, ob dies das richtige Backup ist.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file holds no certificate. Export it again with Include Certificate checked.</source>
        <translation>Die Datei enthält kein Zertifikat. Exportieren Sie sie erneut mit aktiviertem „Include Certificate“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds only CA certificates, not the appliance&apos;s own certificate. Export the certificate whose Alternative Names hold the appliance&apos;s hostname.</source>
        <translation>Die Datei enthält nur CA-Zertifikate, nicht das eigene Zertifikat der Appliance. Exportieren Sie das Zertifikat, dessen Alternative Names den Hostnamen der Appliance enthalten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The certificate is not valid for %1: its Alternative Names are %2. Check the appliance hostname, or use the certificate issued to that name.</source>
        <translation>Das Zertifikat ist für %1 nicht gültig: Seine Alternative Names sind %2. Prüfen Sie den Hostnamen der Appliance oder verwenden Sie das für diesen Namen ausgestellte Zertifikat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>dr::cert::ChainBuilder</name>
    <message>
        <location filename="../core/cert/ChainBuilder.cpp" line="+93"/>
        <source>Self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA-signed certificate</source>
        <translation>Von einer CA signiertes Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intermediate certificate</source>
        <translation>Zwischenzertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root certificate</source>
        <translation>Root-Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unrelated certificate</source>
        <translation>Fremdes Zertifikat</translation>
    </message>
</context>
<context>
    <name>dr::cert::PasswordSource</name>
    <message>
        <location filename="../core/cert/PasswordSource.cpp" line="+36"/>
        <source>No password was given; the file was not opened.</source>
        <translation>Es wurde kein Passwort angegeben; die Datei wurde nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>dr::cert::Pkcs12Reader</name>
    <message>
        <location filename="../core/cert/Pkcs12Reader.cpp" line="+32"/>
        <source>Export the certificate again from /appliance &gt; Security &gt; Certificates with Include Certificate, Include Private Key and Include Certificate Chain checked.</source>
        <translation>Exportieren Sie das Zertifikat erneut unter /appliance &gt; Security &gt; Certificates mit aktiviertem „Include Certificate“, „Include Private Key“ und „Include Certificate Chain“.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The PKCS#12 file is truncated: it announces %1 bytes but holds only %2. Copy it again from the backup location and compare its size.</source>
        <translation>Die PKCS#12-Datei ist abgeschnitten: Sie kündigt %1 Byte an, enthält aber nur %2. Kopieren Sie sie erneut vom Sicherungsort und vergleichen Sie die Größe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file starts like a PKCS#12 archive but its contents are damaged. Copy it again from the backup location; if every copy is damaged, %1</source>
        <translation>Die Datei beginnt wie ein PKCS#12-Archiv, ihr Inhalt ist aber beschädigt. Kopieren Sie sie erneut vom Sicherungsort; sind alle Kopien beschädigt, %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a PEM text file, not a PKCS#12 (.p12/.pfx) archive. Combine the certificate, chain and key with &apos;openssl pkcs12 -export&apos;, or %1</source>
        <translation>Dies ist eine PEM-Textdatei, kein PKCS#12-Archiv (.p12/.pfx). Fassen Sie Zertifikat, Kette und Schlüssel mit „openssl pkcs12 -export“ zusammen, oder %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a single certificate (DER) without its private key, not a PKCS#12 archive. %1</source>
        <translation>Dies ist ein einzelnes Zertifikat (DER) ohne privaten Schlüssel, kein PKCS#12-Archiv. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a PKCS#12 (.p12/.pfx) file. %1</source>
        <translation>Dies ist keine PKCS#12-Datei (.p12/.pfx). %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file is protected with the legacy algorithm %1, which OpenSSL 3 reads only with its legacy provider, and that provider is not loaded (%2). Install the OpenSSL legacy provider module (ossl-modules/legacy.so), or convert the file on a machine that has it: &apos;openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 -export -out new.p12&apos; (AES-256).</source>
        <translation>Die Datei ist mit dem Legacy-Algorithmus %1 geschützt, den OpenSSL 3 nur mit seinem Legacy-Provider liest, und dieser Provider ist nicht geladen (%2). Installieren Sie das OpenSSL-Legacy-Provider-Modul (ossl-modules/legacy.so) oder konvertieren Sie die Datei auf einem Rechner, der es hat: „openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 -export -out new.p12“ (AES-256).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>disabled for this check</source>
        <translation>für diese Prüfung deaktiviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is protected with %1, which this OpenSSL cannot decrypt. Export the certificate again with AES-256 (the default of current exporters).</source>
        <translation>Die Datei ist mit %1 geschützt, was dieses OpenSSL nicht entschlüsseln kann. Exportieren Sie das Zertifikat erneut mit AES-256 (Standard aktueller Exportprogramme).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot open %1: %2. Check the path and that you may read the file.</source>
        <translation>%1 kann nicht geöffnet werden: %2. Prüfen Sie den Pfad und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is empty. %1</source>
        <translation>Die Datei ist leer. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a Java keytool keystore (JKS/JCEKS), not a PKCS#12 file. Convert it with: keytool -importkeystore -srckeystore FILE -destkeystore FILE.p12 -deststoretype PKCS12, then open FILE.p12.</source>
        <translation>Dies ist ein Keystore von Java keytool (JKS/JCEKS), keine PKCS#12-Datei. Konvertieren Sie ihn mit: keytool -importkeystore -srckeystore FILE -destkeystore FILE.p12 -deststoretype PKCS12, und öffnen Sie dann FILE.p12.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a %1 integrity MAC</source>
        <translation>ein %1-Integritäts-MAC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password does not open this file (its integrity check fails). Enter the passphrase that was set when the certificate was exported from /appliance; if it is right, the file was altered after export: use another copy.</source>
        <translation>Das Passwort öffnet diese Datei nicht (ihre Integritätsprüfung schlägt fehl). Geben Sie die Passphrase ein, die beim Export des Zertifikats aus /appliance gesetzt wurde; stimmt sie, wurde die Datei nach dem Export verändert: Verwenden Sie eine andere Kopie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PKCS#12 structure is damaged (its safe contents cannot be unpacked). Copy it again from the backup location.</source>
        <translation>Die PKCS#12-Struktur ist beschädigt (ihre Safe Contents lassen sich nicht entpacken). Kopieren Sie sie erneut vom Sicherungsort.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The password is right but the contents cannot be decrypted or decoded: the file is damaged. Copy it again from the backup location.</source>
        <translation>Das Passwort stimmt, aber der Inhalt lässt sich nicht entschlüsseln oder dekodieren: Die Datei ist beschädigt. Kopieren Sie sie erneut vom Sicherungsort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contents cannot be decrypted with this password (the file has no integrity MAC, so a damaged file looks the same). Check the passphrase, or use another copy.</source>
        <translation>Der Inhalt lässt sich mit diesem Passwort nicht entschlüsseln (die Datei hat keinen Integritäts-MAC, daher sieht eine beschädigte Datei genauso aus). Prüfen Sie die Passphrase oder verwenden Sie eine andere Kopie.</translation>
    </message>
</context>
<context>
    <name>dr::cert::Pkcs12Writer</name>
    <message>
        <location filename="../core/cert/Pkcs12Writer.cpp" line="+44"/>
        <source>Cannot write %1: %2. Choose a folder you may write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing %1 failed: %2. Check the free space and try again.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no private key to export. Open a backup that holds the key.</source>
        <translation>Es gibt keinen privaten Schlüssel zum Exportieren. Öffnen Sie ein Backup, das den Schlüssel enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <source>There is no certificate to export.</source>
        <translation>Es gibt kein Zertifikat zum Exportieren.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>The certificate cannot be decoded.</source>
        <translation>Das Zertifikat lässt sich nicht dekodieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The private key does not belong to the certificate &quot;%1&quot;.</source>
        <translation>Der private Schlüssel gehört nicht zum Zertifikat „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A chain certificate cannot be decoded.</source>
        <translation>Ein Zertifikat der Kette lässt sich nicht dekodieren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating the PKCS#12 archive failed: %1</source>
        <translation>Das Erstellen des PKCS#12-Archivs ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding the integrity MAC failed: %1</source>
        <translation>Das Hinzufügen des Integritäts-MAC ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encoding the PKCS#12 archive failed: %1</source>
        <translation>Das Kodieren des PKCS#12-Archivs ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>dr::cert::ServeComparison</name>
    <message>
        <location filename="../core/cert/ServeComparison.cpp" line="+18"/>
        <source>subject &quot;%1&quot;, issued by &quot;%2&quot;, valid %3 to %4, SHA-256 %5</source>
        <translation>Subject „%1“, ausgestellt von „%2“, gültig %3 bis %4, SHA-256 %5</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The backup holds no appliance certificate to compare with.</source>
        <translation>Das Backup enthält kein Appliance-Zertifikat zum Vergleich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The appliance serves a different certificate: %1. Expected the restored one: %2. Import the backup in /appliance &gt; Security &gt; Certificates and assign it to the appliance&apos;s IP address.</source>
        <translation>Die Appliance liefert ein anderes Zertifikat aus: %1. Erwartet wurde das wiederhergestellte: %2. Importieren Sie das Backup unter /appliance &gt; Security &gt; Certificates und weisen Sie es der IP-Adresse der Appliance zu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The appliance serves the restored certificate but not its intermediate certificate(s) %1, so clients may not trust it. Import the full chain (the .p12 with Include Certificate Chain) in /appliance &gt; Security &gt; Certificates.</source>
        <translation>Die Appliance liefert das wiederhergestellte Zertifikat aus, aber nicht sein(e) Zwischenzertifikat(e) %1; Clients vertrauen ihm daher möglicherweise nicht. Importieren Sie die vollständige Kette (die .p12 mit „Include Certificate Chain“) unter /appliance &gt; Security &gt; Certificates.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The appliance serves the restored certificate &quot;%1&quot; (SHA-256 %2) with its chain.</source>
        <translation>Die Appliance liefert das wiederhergestellte Zertifikat „%1“ (SHA-256 %2) mit seiner Kette aus.</translation>
    </message>
</context>
<context>
    <name>dr::cert::ServedChainProbe</name>
    <message>
        <location filename="../core/cert/ServedChainProbe.cpp" line="+75"/>
        <source>%1:%2 completed the TLS handshake without presenting a certificate.</source>
        <translation>%1:%2 hat den TLS-Handshake abgeschlossen, ohne ein Zertifikat vorzulegen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The name %1 does not resolve. Check the hostname and DNS, or give the appliance&apos;s IP address with --host and its FQDN with --fqdn.</source>
        <translation>Der Name %1 lässt sich nicht auflösen. Prüfen Sie Hostnamen und DNS oder geben Sie die IP-Adresse der Appliance mit --host und ihren FQDN mit --fqdn an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the connection. Check that the appliance is up, its IP configuration is restored and the port is right.</source>
        <translation>%1 hat die Verbindung abgelehnt. Prüfen Sie, ob die Appliance läuft, ihre IP-Konfiguration wiederhergestellt ist und der Port stimmt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The TLS handshake with %1 failed (%2). Check that this port serves HTTPS.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen (%2). Prüfen Sie, ob dieser Port HTTPS bedient.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Talking to %1 failed: %2. Check the network path to the appliance.</source>
        <translation>Die Kommunikation mit %1 ist fehlgeschlagen: %2. Prüfen Sie den Netzwerkweg zur Appliance.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1:%2 did not complete a TLS handshake in time. Check the firewall and that the appliance is up.</source>
        <translation>%1:%2 hat den TLS-Handshake nicht rechtzeitig abgeschlossen. Prüfen Sie die Firewall und ob die Appliance läuft.</translation>
    </message>
</context>
<context>
    <name>dr::cli</name>
    <message>
        <location filename="../app/cli/CliConnection.cpp" line="+26"/>
        <source>refusing --%1: secrets on the command line are visible to other users (ps, /proc) and kept in shell history; set DRRUNBOOK_CLIENT_SECRET (and DRRUNBOOK_BACKUP_PASSWORD) in the environment instead, or leave it unset to be prompted</source>
        <translation>--%1 wird abgelehnt: Geheimnisse auf der Befehlszeile sind für andere Benutzer sichtbar (ps, /proc) und bleiben in der Shell-History; setzen Sie stattdessen DRRUNBOOK_CLIENT_SECRET (und DRRUNBOOK_BACKUP_PASSWORD) in der Umgebung oder lassen Sie sie leer, um danach gefragt zu werden</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_appliances.cpp" line="-44"/>
        <source>Lists the appliances of the site (the API&apos;s get_appliances).</source>
        <translation>Listet die Appliances der Site auf (get_appliances der API).</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n appliance(s)</source>
        <translation>
            <numerusform>%n Appliance</numerusform>
            <numerusform>%n Appliances</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cluster: %1, failover: %2, %3</source>
        <translation>Cluster: %1, Failover: %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepting connections</source>
        <translation>nimmt Verbindungen an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT accepting connections</source>
        <translation>nimmt KEINE Verbindungen an</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_backup.cpp" line="-99"/>
        <source>Folder to save the backup in.</source>
        <translation>Ordner, in dem das Backup gespeichert wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Site name for the file name (default: the URL&apos;s host).</source>
        <translation>Site-Name für den Dateinamen (Standard: der Host der URL).</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>the site profile %1 has errors (first: %2); run drrunbook-cli site check %1</source>
        <translation>das Site-Profil %1 hat Fehler (erster: %2); führen Sie drrunbook-cli site check %1 aus</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/cmd_site.cpp" line="-115"/>
        <source>API client secret for %1: </source>
        <translation>API-Client-Secret für %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no API client secret: set DRRUNBOOK_CLIENT_SECRET or store it with drrunbook-cli secret store (%1)</source>
        <translation>kein API-Client-Secret: setzen Sie DRRUNBOOK_CLIENT_SECRET oder legen Sie es mit drrunbook-cli secret store ab (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not asked: not a terminal</source>
        <translation>nicht abgefragt: kein Terminal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup password: </source>
        <translation>Backup-Passwort: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the site&apos;s backups are password protected and no backup password was found: set DRRUNBOOK_BACKUP_PASSWORD or keep it in the keychain (%1)</source>
        <translation>die Backups der Site sind passwortgeschützt und es wurde kein Backup-Passwort gefunden: setzen Sie DRRUNBOOK_BACKUP_PASSWORD oder legen Sie es im Schlüsselbund ab (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>backup failed: %1</source>
        <translation>Backup fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Downloads the site backup (/api/backup) into DIR as Bomgar-&lt;version&gt;-&lt;site&gt;-&lt;date&gt;-&lt;id&gt;.nsb (or the name the appliance sends), with a .sha256 file beside it. A backup password is read from DRRUNBOOK_BACKUP_PASSWORD.
With --site FILE: the scheduled backup of a site profile: downloads from the site&apos;s primary into backups.folder, verifies size, SHA-256 and version, keeps the N newest, appends a line to drrunbook-backup.log there, and exits non-zero with a one-line reason on failure.</source>
        <translation>Lädt das Site-Backup (/api/backup) nach DIR als Bomgar-&lt;version&gt;-&lt;site&gt;-&lt;date&gt;-&lt;id&gt;.nsb (oder unter dem Namen, den die Appliance sendet), mit einer .sha256-Datei daneben. Ein Backup-Passwort wird aus DRRUNBOOK_BACKUP_PASSWORD gelesen.
Mit --site FILE: das geplante Backup eines Site-Profils: lädt von der primären Appliance der Site nach backups.folder, prüft Größe, SHA-256 und Version, behält die N neuesten, hängt dort eine Zeile an drrunbook-backup.log an und endet bei einem Fehler mit einem Exit-Status ungleich null und einer einzeiligen Begründung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Site profile (JSON) to back up.</source>
        <translation>Zu sicherndes Site-Profil (JSON).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --site: keep the N newest verified backups (default: the profile&apos;s backups.keep).</source>
        <translation>Mit --site: die N neuesten geprüften Backups behalten (Standard: backups.keep des Profils).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--site FILE takes the appliance and the folder from the profile: leave out --url and --out</source>
        <translation>--site FILE nimmt Appliance und Ordner aus dem Profil: lassen Sie --url und --out weg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--keep must be a whole number from 1 to 10000</source>
        <translation>--keep muss eine ganze Zahl von 1 bis 10000 sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/cmd_site.cpp" line="+56"/>
        <source>--timeout must be a number of seconds between 0 and 3600</source>
        <translation>--timeout muss eine Anzahl Sekunden zwischen 0 und 3600 sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--keep needs --site FILE</source>
        <translation>--keep braucht --site FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out DIR (or --site FILE) is required</source>
        <translation>--out DIR (oder --site FILE) ist erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 does not exist; create it first</source>
        <translation>der Ordner %1 existiert nicht; legen Sie ihn zuerst an</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> of %1 MiB</source>
        <translation> von %1 MiB</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>saved:   %1 (%2 bytes)</source>
        <translation>gespeichert: %1 (%2 Byte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sha256:  %1  (%2)</source>
        <translation>sha256:      %1  (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_health.cpp" line="-77"/>
        <source>healthy (HTTP 200)</source>
        <translation>fehlerfrei (HTTP 200)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UNHEALTHY (HTTP 500)</source>
        <translation>FEHLERHAFT (HTTP 500)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reports itself unhealthy (/check_health answered 500); check /appliance &gt; Status</source>
        <translation>%1 meldet sich selbst als fehlerhaft (/check_health antwortete 500); prüfen Sie /appliance &gt; Status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shows an appliance&apos;s health (the API&apos;s check_health).</source>
        <translation>Zeigt den Zustand einer Appliance (check_health der API).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the unauthenticated GET /check_health probe (no credentials).</source>
        <translation>Nur die nicht authentifizierte Abfrage GET /check_health (ohne Zugangsdaten).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>appliance:      %1 (%2)</source>
        <translation>Appliance:       %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version:        %1 (%2)</source>
        <translation>Version:         %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>healthy:        %1</source>
        <translation>fehlerfrei:      %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error:          %1</source>
        <translation>Fehler:          %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failover role:  %1</source>
        <translation>Failover-Rolle:  %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not reported)</source>
        <translation>(nicht gemeldet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared IPs:     %1</source>
        <translation>Gemeinsame IPs:  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last data sync: %1 (%2)</source>
        <translation>Letzter Sync:    %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 reports itself unhealthy: %2</source>
        <translation>%1 meldet sich selbst als fehlerhaft: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_site.cpp" line="-32"/>
        <source>site check FILE: validates a site profile (docs/site-profile.md) and, unless --offline, checks each appliance: health, failover role against the recorded one, the API account&apos;s permissions, and the certificate it serves (expiry, the recorded fingerprint). Exit 0 when there is no error.</source>
        <translation>site check FILE: prüft ein Site-Profil (docs/site-profile.md) und, ohne --offline, jede Appliance: Zustand, Failover-Rolle gegenüber der erfassten, Berechtigungen des API-Kontos und das ausgelieferte Zertifikat (Ablauf, erfasster Fingerabdruck). Exit-Status 0, wenn es keinen Fehler gibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only validate the file; no network.</source>
        <translation>Nur die Datei prüfen; kein Netzwerk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds without an answer before a check fails (default 15).</source>
        <translation>Sekunden ohne Antwort, nach denen eine Prüfung fehlschlägt (Standard 15).</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>the profile names no appliance to back up from or no API account: run drrunbook-cli site check %1</source>
        <translation>das Profil nennt keine Appliance, von der gesichert wird, oder kein API-Konto: führen Sie drrunbook-cli site check %1 aus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backup password for %1: </source>
        <translation>Backup-Passwort für %1: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing stored for %1: set the variable or run this in a terminal to be asked</source>
        <translation>nichts abgelegt für %1: setzen Sie die Variable oder führen Sie den Befehl in einem Terminal aus, um danach gefragt zu werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not store %1 in the keychain: %2</source>
        <translation>%1 konnte nicht im Schlüsselbund abgelegt werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored in the keychain: %1</source>
        <translation>im Schlüsselbund abgelegt: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>usage: drrunbook-cli site check FILE [--offline] [--json] [--timeout SECONDS] | site store-secrets FILE</source>
        <translation>Aufruf: drrunbook-cli site check FILE [--offline] [--json] [--timeout SECONDS] | site store-secrets FILE</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>note: %1 is a version %2 file; saving it from the editor writes version %3.</source>
        <translation>Hinweis: %1 ist eine Datei der Version %2; beim Speichern aus dem Editor wird Version %3 geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ERROR  </source>
        <translation>ERROR  </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WARN   </source>
        <translation>WARN   </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK     </source>
        <translation>OK     </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network checks skipped: fix the errors first</source>
        <translation>Netzwerkprüfungen übersprungen: beheben Sie zuerst die Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>site check found %n error(s) in %1; the first: %2</source>
        <translation>
            <numerusform>site check hat %n Fehler in %1 gefunden; der erste: %2</numerusform>
            <numerusform>site check hat %n Fehler in %1 gefunden; der erste: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::cli::CliConnection</name>
    <message>
        <location filename="../app/cli/CliConnection.cpp" line="+11"/>
        <source>Appliance site URL: https://HOST[:PORT].</source>
        <translation>URL der Appliance-Site: https://HOST[:PORT].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust only the CA certificate(s) in FILE (PEM or DER).</source>
        <translation>Nur dem/den CA-Zertifikat(en) in FILE vertrauen (PEM oder DER).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust exactly the certificate with this SHA-256 fingerprint (self-signed appliances).</source>
        <translation>Genau dem Zertifikat mit diesem SHA-256-Fingerabdruck vertrauen (selbstsignierte Appliances).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds without data before a request is abandoned (default 15).</source>
        <translation>Sekunden ohne Daten, nach denen eine Anfrage aufgegeben wird (Standard 15).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DEPRECATED: log in with username/password query parameters (sites before 16.1) instead of OAuth; DRRUNBOOK_CLIENT_ID/SECRET then hold the username and password.</source>
        <translation>VERALTET: Anmeldung mit Benutzername/Passwort als Query-Parameter (Sites vor 16.1) statt OAuth; DRRUNBOOK_CLIENT_ID/SECRET enthalten dann Benutzername und Passwort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unexpected argument &apos;%1&apos;; see --help</source>
        <translation>unerwartetes Argument „%1“; siehe --help</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--url https://HOST[:PORT] is required</source>
        <translation>--url https://HOST[:PORT] ist erforderlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --ca or --pin, not both</source>
        <translation>entweder --ca oder --pin angeben, nicht beides</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--pin must be a SHA-256 fingerprint: 64 hex digits, colons optional</source>
        <translation>--pin muss ein SHA-256-Fingerabdruck sein: 64 Hex-Ziffern, Doppelpunkte optional</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--timeout must be a number of seconds between 0 and 3600</source>
        <translation>--timeout muss eine Anzahl Sekunden zwischen 0 und 3600 sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DRRUNBOOK_CLIENT_ID is not set: export the API account&apos;s client ID (and DRRUNBOOK_CLIENT_SECRET, or keep the secret in the keychain with &apos;drrunbook-cli secret store&apos;)</source>
        <translation>DRRUNBOOK_CLIENT_ID ist nicht gesetzt: Exportieren Sie die Client-ID des API-Kontos (und DRRUNBOOK_CLIENT_SECRET, oder legen Sie das Secret mit „drrunbook-cli secret store“ im Schlüsselbund ab)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>API client secret for %1: </source>
        <translation>API-Client-Secret für %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no API client secret: set DRRUNBOOK_CLIENT_SECRET, keep it in the keychain with &apos;drrunbook-cli secret store&apos;, or run in a terminal to be asked.</source>
        <translation>kein API-Client-Secret: Setzen Sie DRRUNBOOK_CLIENT_SECRET, legen Sie es mit „drrunbook-cli secret store“ im Schlüsselbund ab oder führen Sie den Befehl in einem Terminal aus, um danach gefragt zu werden.</translation>
    </message>
</context>
<context>
    <name>dr::cli::SiteChecker</name>
    <message>
        <location filename="../app/cli/cmd_site.cpp" line="-269"/>
        <source>API client secret for %1: </source>
        <translation>API-Client-Secret für %1: </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>API checks skipped: no API client secret (%1); set DRRUNBOOK_CLIENT_SECRET or store it with drrunbook-cli secret store.</source>
        <translation>API-Prüfungen übersprungen: kein API-Client-Secret (%1); setzen Sie DRRUNBOOK_CLIENT_SECRET oder legen Sie es mit drrunbook-cli secret store ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not asked: not a terminal</source>
        <translation>nicht abgefragt: kein Terminal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check_health is not allowed for this API account: %1</source>
        <translation>check_health ist für dieses API-Konto nicht erlaubt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the appliance did not answer check_health: %1</source>
        <translation>die Appliance hat auf check_health nicht geantwortet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the appliance reports a problem: %1. See its /appliance Status page.</source>
        <translation>die Appliance meldet ein Problem: %1. Siehe ihre Status-Seite unter /appliance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unhealthy</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: healthy, version %2</source>
        <translation>%1: fehlerfrei, Version %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recorded as %1 but the appliance says %2: if a failover happened, update the profile; otherwise check Management &gt; Failover.</source>
        <translation>als %1 erfasst, aber die Appliance meldet %2: falls ein Failover stattfand, aktualisieren Sie das Profil; sonst prüfen Sie Management &gt; Failover.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: failover role %2 as recorded</source>
        <translation>%1: Failover-Rolle %2 wie erfasst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>get_api_info failed: %1</source>
        <translation>get_api_info fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API account %1: %2</source>
        <translation>API-Konto %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API account %1 cannot download backups: %2</source>
        <translation>API-Konto %1 kann keine Backups herunterladen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: API account %2 may download backups</source>
        <translation>%1: API-Konto %2 darf Backups herunterladen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not read the certificate it serves: %1</source>
        <translation>das ausgelieferte Zertifikat konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>serves a certificate that expired on %1: renew it (Security &gt; Certificates) and export a new .p12 backup.</source>
        <translation>liefert ein Zertifikat aus, das am %1 abgelaufen ist: erneuern Sie es (Security &gt; Certificates) und exportieren Sie ein neues .p12-Backup.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>serves a certificate that expires on %1: renew it soon and export a new .p12 backup.</source>
        <translation>liefert ein Zertifikat aus, das am %1 abläuft: erneuern Sie es bald und exportieren Sie ein neues .p12-Backup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: certificate valid until %2</source>
        <translation>%1: Zertifikat gültig bis %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 serves a certificate (SHA-256 %2) that is not the one recorded for the backup: if it was renewed, export its .p12 and record the new fingerprint; otherwise restore the backed-up certificate.</source>
        <translation>%1 liefert ein Zertifikat aus (SHA-256 %2), das nicht das für das Backup erfasste ist: Wurde es erneuert, exportieren Sie seine .p12 und erfassen Sie den neuen Fingerabdruck; sonst stellen Sie das gesicherte Zertifikat wieder her.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: serves the backed-up certificate</source>
        <translation>%1: liefert das gesicherte Zertifikat aus</translation>
    </message>
</context>
<context>
    <name>dr::lab::Lab</name>
    <message>
        <location filename="../core/lab/Lab.cpp" line="+42"/>
        <source>The lab is already running. Stop it before starting another topology.</source>
        <translation>Das Labor läuft bereits. Beenden Sie es, bevor Sie eine andere Topologie starten.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Could not listen on 127.0.0.1:%1 (%2). Choose another port with --port, or 0 for any.</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden (%2). Wählen Sie mit --port einen anderen Port oder 0 für einen beliebigen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not listen on 127.0.0.1:%1 for the site address (%2). Choose another port.</source>
        <translation>Auf 127.0.0.1:%1 kann für die Site-Adresse nicht gelauscht werden (%2). Wählen Sie einen anderen Port.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not listen on 127.0.0.1:%1 for lab control (%2). Choose another port.</source>
        <translation>Auf 127.0.0.1:%1 kann für die Laborsteuerung nicht gelauscht werden (%2). Wählen Sie einen anderen Port.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Could not write the lab CA to %1: %2. Choose a writable folder.</source>
        <translation>Die Labor-CA konnte nicht nach %1 geschrieben werden: %2. Wählen Sie einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Could not listen for the spare appliance: %1.</source>
        <translation>Für die Ersatz-Appliance kann nicht gelauscht werden: %1.</translation>
    </message>
</context>
<context>
    <name>dr::lab::LabApi</name>
    <message>
        <location filename="../core/lab/LabApi.cpp" line="+102"/>
        <source>Use POST.</source>
        <translation>Verwenden Sie POST.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The access token provided has expired.</source>
        <translation>Das übergebene Zugriffstoken ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>grant_type must be client_credentials.</source>
        <translation>grant_type muss client_credentials sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Client authentication failed.</source>
        <translation>Client-Authentifizierung fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The access token provided is invalid.</source>
        <translation>Das übergebene Zugriffstoken ist ungültig.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invalid credentials</source>
        <translation>Ungültige Zugangsdaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No access token: send Authorization: Bearer TOKEN.</source>
        <translation>Kein Zugriffstoken: Senden Sie Authorization: Bearer TOKEN.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>POST requests must be application/x-www-form-urlencoded.</source>
        <translation>POST-Anfragen müssen application/x-www-form-urlencoded sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No action specified.</source>
        <translation>Keine Aktion angegeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid action: %1</source>
        <translation>Ungültige Aktion: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access denied. The API account does not have permission to perform this action.</source>
        <translation>Zugriff verweigert. Das API-Konto hat keine Berechtigung für diese Aktion.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This backup is password protected: send {&quot;password&quot;:&quot;...&quot;} as the request body.</source>
        <translation>Dieses Backup ist passwortgeschützt: Senden Sie {&quot;password&quot;:&quot;...&quot;} als Anfragetext.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incorrect backup password.</source>
        <translation>Falsches Backup-Passwort.</translation>
    </message>
</context>
<context>
    <name>dr::lab::LabCa</name>
    <message>
        <location filename="../core/lab/LabCa.cpp" line="+202"/>
        <source>The lab CA was not created. Start the lab first.</source>
        <translation>Die Labor-CA wurde nicht erstellt. Starten Sie zuerst das Labor.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing to export: give a certificate chain and its private key.</source>
        <translation>Nichts zu exportieren: Geben Sie eine Zertifikatskette und ihren privaten Schlüssel an.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not write %1: %2. Choose a writable folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen beschreibbaren Ordner.</translation>
    </message>
</context>
<context>
    <name>dr::lab::LabCommands</name>
    <message>
        <location filename="../core/lab/LabCommands.cpp" line="+113"/>
        <source>The appliance reports a problem.</source>
        <translation>Die Appliance meldet ein Problem.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Invalid type: %1</source>
        <translation>Ungültiger Typ: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Failover is not configured on this appliance.</source>
        <translation>Auf dieser Appliance ist kein Failover eingerichtet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unable to reach the peer appliance. Use force=1 to change the role anyway.</source>
        <translation>Die Peer-Appliance ist nicht erreichbar. Verwenden Sie force=1, um die Rolle trotzdem zu ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data sync is in progress. Try again when it has finished.</source>
        <translation>Eine Datensynchronisierung läuft. Versuchen Sie es erneut, wenn sie abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid role: %1. Use primary or backup.</source>
        <translation>Ungültige Rolle: %1. Verwenden Sie primary oder backup.</translation>
    </message>
</context>
<context>
    <name>dr::lab::LabControl</name>
    <message>
        <location filename="../core/lab/LabControl.cpp" line="+66"/>
        <source>Send the lab control key in the X-Lab-Key header (printed by drrunbook-cli lab).</source>
        <translation>Senden Sie den Laborsteuerungsschlüssel im Header X-Lab-Key (von drrunbook-cli lab ausgegeben).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use POST for lab control steps.</source>
        <translation>Verwenden Sie POST für Laborsteuerungsschritte.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No appliance named &apos;%1&apos; in this lab: see GET /lab/state.</source>
        <translation>In diesem Labor gibt es keine Appliance namens „%1“: siehe GET /lab/state.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the product version, for example version=23.2.4.</source>
        <translation>Geben Sie die Produktversion an, zum Beispiel version=23.2.4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>role must be none, primary or backup.</source>
        <translation>role muss none, primary oder backup sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown fault kind &apos;%1&apos;.</source>
        <translation>Unbekannte Fehlerart „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown lab control step &apos;%1&apos;.</source>
        <translation>Unbekannter Laborsteuerungsschritt „%1“.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The body is not a PKCS#12 file this password opens. Send the .p12 with its password in X-Lab-P12-Password, or use source=lab|factory.</source>
        <translation>Der Inhalt ist keine PKCS#12-Datei, die sich mit diesem Passwort öffnen lässt. Senden Sie die .p12 mit ihrem Passwort in X-Lab-P12-Password oder verwenden Sie source=lab|factory.</translation>
    </message>
</context>
<context>
    <name>dr::net::HttpResponseParser</name>
    <message>
        <location filename="../core/net/HttpResponseParser.cpp" line="+49"/>
        <source>a chunk-size line is too long</source>
        <translation>eine Chunk-Größenzeile ist zu lang</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>the status line and headers are larger than %1 bytes</source>
        <translation>Statuszeile und Header sind größer als %1 Bytes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the reply does not start with an HTTP/1.x status line</source>
        <translation>die Antwort beginnt nicht mit einer HTTP/1.x-Statuszeile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the HTTP status line is malformed</source>
        <translation>die HTTP-Statuszeile ist fehlerhaft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an HTTP header line is malformed</source>
        <translation>eine HTTP-Headerzeile ist fehlerhaft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server switched protocols, which this client never asks for</source>
        <translation>der Server hat das Protokoll gewechselt, was dieser Client nie anfordert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the Content-Length header is invalid</source>
        <translation>der Content-Length-Header ist ungültig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the transfer coding &quot;%1&quot; is not supported</source>
        <translation>die Transferkodierung „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>a chunk size is malformed</source>
        <translation>eine Chunk-Größe ist fehlerhaft</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a chunk is longer than its size says</source>
        <translation>ein Chunk ist länger als seine Größenangabe</translation>
    </message>
</context>
<context>
    <name>dr::net::TlsContext</name>
    <message>
        <location filename="../core/net/TlsContext.cpp" line="+166"/>
        <source>No certificate or no private key to serve.</source>
        <translation>Kein Zertifikat oder kein privater Schlüssel zum Bereitstellen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate cannot be used: %1</source>
        <translation>Das Zertifikat kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A chain certificate cannot be used: %1</source>
        <translation>Ein Zertifikat der Kette kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The private key cannot be used with this certificate: %1</source>
        <translation>Der private Schlüssel passt nicht zu diesem Zertifikat oder ist unlesbar: %1</translation>
    </message>
</context>
<context>
    <name>dr::net::TlsSocket</name>
    <message>
        <location filename="../core/net/TlsSocket.cpp" line="+96"/>
        <source>No TLS client context (OpenSSL could not create one).</source>
        <translation>Kein TLS-Client-Kontext (OpenSSL konnte keinen erzeugen).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>OpenSSL could not start a TLS session: %1</source>
        <translation>OpenSSL konnte keine TLS-Sitzung beginnen: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>TLS encryption failed: %1</source>
        <translation>TLS-Verschlüsselung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>the connection ended during the handshake</source>
        <translation>die Verbindung endete während des Handshakes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The TLS connection broke: %1</source>
        <translation>Die TLS-Verbindung ist abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the server closed the connection during the handshake</source>
        <translation>der Server hat die Verbindung während des Handshakes geschlossen</translation>
    </message>
</context>
<context>
    <name>dr::print</name>
    <message>
        <location filename="../core/print/ChecklistPdf.cpp" line="+32"/>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operator:</source>
        <translation>Bearbeiter:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incident #:</source>
        <translation>Incident-Nr.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started at:</source>
        <translation>Begonnen um:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished at:</source>
        <translation>Beendet um:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[ ] tick when done. ( ) choose one answer. ____ write the value or the time. WARNING marks a step that can lose data or service. A printed copy is current only while its definition hash (page footer) matches the app&apos;s.</source>
        <translation>[ ] abhaken, wenn erledigt. ( ) eine Antwort wählen. ____ Wert oder Uhrzeit eintragen. WARNUNG kennzeichnet einen Schritt, der Daten oder Dienst kosten kann. Ein Ausdruck ist nur aktuell, solange sein Definitions-Hash (Fußzeile) mit dem der App übereinstimmt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Disaster recovery binder</source>
        <translation>Notfallhandbuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed %1 by drrunbook %2. Every page&apos;s footer names the scenario definition it was printed from: reprint when the app shows a different hash.</source>
        <translation>Gedruckt am %1 mit drrunbook %2. Die Fußzeile jeder Seite nennt die Szenariodefinition, aus der sie gedruckt wurde: Drucken Sie neu, wenn die App einen anderen Hash anzeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vendor support: contacts, hours, holidays, severity, what to send</source>
        <translation>Hersteller-Support: Kontakte, Zeiten, Feiertage, Schweregrade, was zu senden ist</translation>
    </message>
    <message>
        <location filename="../core/print/RunReportDocument.cpp" line="+46"/>
        <source>All times on %1, in %2.</source>
        <translation>Alle Zeiten am %1, in %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All times in %1.</source>
        <translation>Alle Zeiten in %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time spent</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>run %1, %2</source>
        <translation>Durchlauf %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DRILL report: %1</source>
        <translation>ÜBUNGSbericht: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run report: %1</source>
        <translation>Durchlaufbericht: %1</translation>
    </message>
    <message>
        <location filename="../core/print/SupportPage.cpp" line="+48"/>
        <source> (next day)</source>
        <translation> (nächster Tag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (day before)</source>
        <translation> (Vortag)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General email</source>
        <translation>Allgemeine E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMEA region</source>
        <translation>Region EMEA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APAC region</source>
        <translation>Region APAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support supervisor</source>
        <translation>Support-Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support manager</source>
        <translation>Support-Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat, phone, incident form (24 hours a day)</source>
        <translation>Chat, Telefon, Incident-Formular (rund um die Uhr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product documentation</source>
        <translation>Produktdokumentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your support telephone number</source>
        <translation>Ihre Support-Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your customer login / contract number</source>
        <translation>Ihr Kunden-Login / Ihre Vertragsnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Severity Level 1: send a detailed email to %1 first, then telephone. While an incident is open, every email subject begins with &quot;Incident #&quot; and the number (e.g. Incident# 40100).</source>
        <translation>Schweregrad 1: Senden Sie zuerst eine ausführliche E-Mail an %1 und rufen Sie dann an. Solange ein Incident offen ist, beginnt jeder E-Mail-Betreff mit „Incident #“ und der Nummer (z. B. Incident# 40100).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>2:00 AM to 7:00 PM US Central time (CST/CDT), Monday to Friday, except the holidays below. Incidents reported outside these hours are considered received at the beginning of the next business day. Response times count business hours only.</source>
        <translation>2:00 bis 19:00 Uhr US Central Time (CST/CDT), Montag bis Freitag, außer an den unten genannten Feiertagen. Außerhalb dieser Zeiten gemeldete Incidents gelten als zu Beginn des nächsten Geschäftstags eingegangen. Reaktionszeiten zählen nur Geschäftsstunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>US Central</source>
        <translation>US Central</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your time (%1)</source>
        <translation>Ihre Zeit (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Support closed on</source>
        <translation>Support geschlossen am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holiday date</source>
        <translation>Datum des Feiertags</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (weekend: observed on a weekday)</source>
        <translation> (Wochenende: an einem Werktag begangen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basic description</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reporting</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer response</source>
        <translation>Kundenreaktion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/print/SiteProfile.cpp" line="+43"/>
        <location line="+13"/>
        <source>The site file %1: %2</source>
        <translation>Die Site-Datei %1: %2</translation>
    </message>
</context>
<context>
    <name>dr::print::ChecklistPdf</name>
    <message>
        <location filename="../core/print/ChecklistPdf.cpp" line="+34"/>
        <source>Checklist: %1</source>
        <translation>Checkliste: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Disaster recovery binder</source>
        <translation>Notfallhandbuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONTENTS</source>
        <translation>INHALT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vendor support</source>
        <translation>Hersteller-Support</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SUPPORT</source>
        <translation>SUPPORT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scenario %1 cannot be expanded (%2); the binder was not written.</source>
        <translation>Das Szenario %1 lässt sich nicht aufbereiten (%2); das Handbuch wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The table of contents changed length while its page numbers were filled in; please report this.</source>
        <translation>Das Inhaltsverzeichnis hat beim Eintragen der Seitenzahlen seine Länge geändert; bitte melden Sie diesen Fehler.</translation>
    </message>
</context>
<context>
    <name>dr::print::PdfBook</name>
    <message>
        <location line="-108"/>
        <source>CHECKLIST</source>
        <translation>CHECKLISTE</translation>
    </message>
    <message>
        <location filename="../core/print/PdfBook.cpp" line="+226"/>
        <source>The PDF could not be written (is the disk full or the folder read-only?): %1</source>
        <translation>Das PDF konnte nicht geschrieben werden (Datenträger voll oder Ordner schreibgeschützt?): %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The pages could not be started: check that the printer is available, or that the file&apos;s folder can be written to.</source>
        <translation>Die Seiten konnten nicht begonnen werden: Prüfen Sie, ob der Drucker verfügbar ist oder der Ordner der Datei beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new page could not be started (page %1 of %2).</source>
        <translation>Eine neue Seite konnte nicht begonnen werden (Seite %1 von %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The pages could not be finished (for a file: is the disk full?).</source>
        <translation>Die Seiten konnten nicht abgeschlossen werden (bei einer Datei: Datenträger voll?).</translation>
    </message>
    <message>
        <location filename="../core/print/RunReportDocument.cpp" line="+5"/>
        <source>DRILL</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RUN REPORT</source>
        <translation>DURCHLAUFBERICHT</translation>
    </message>
</context>
<context>
    <name>dr::print::PrintStamp</name>
    <message>
        <location filename="../core/print/PrintStamp.cpp" line="+11"/>
        <source>drrunbook %1</source>
        <translation>drrunbook %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>definition sha256:%1</source>
        <translation>Definition sha256:%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed %1</source>
        <translation>gedruckt %1</translation>
    </message>
</context>
<context>
    <name>dr::print::RunReportDocument</name>
    <message>
        <location filename="../core/print/RunReportDocument.cpp" line="+12"/>
        <source>DRILL</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This was a practice run against the drill lab, not a recovery of production.</source>
        <translation>Dies war ein Übungsdurchlauf gegen das Übungslabor, keine Wiederherstellung der Produktion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: the run used version %1 of the scenario; this report shows the steps of version %2.</source>
        <translation>Hinweis: Der Durchlauf verwendete Version %1 des Szenarios; dieser Bericht zeigt die Schritte von Version %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps in detail</source>
        <translation>Schritte im Einzelnen</translation>
    </message>
</context>
<context>
    <name>dr::print::SiteProfile</name>
    <message>
        <location filename="../core/print/SiteProfile.cpp" line="+69"/>
        <source>Site name, printed on every page</source>
        <translation>Site-Name, auf jeder Seite gedruckt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is a secret and is never printed: remove it from the site file.</source>
        <translation>„%1“ ist ein Geheimnis und wird nie gedruckt: Entfernen Sie es aus der Site-Datei.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot read the site file %1: %2.</source>
        <translation>Die Site-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>dr::print::SupportPage</name>
    <message>
        <location filename="../core/print/SupportPage.cpp" line="+24"/>
        <source>Inquirer&apos;s name</source>
        <translation>Name der anfragenden Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the organization</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bomgar product version</source>
        <translation>Bomgar-Produktversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific error messages received</source>
        <translation>Erhaltene Fehlermeldungen im Wortlaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps for reproducing the issue</source>
        <translation>Schritte zum Reproduzieren des Problems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions taken prior to the incident</source>
        <translation>Vor dem Incident durchgeführte Aktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes made to the Bomgar product|such as information about the network environment and workstation involved with the issue</source>
        <translation>Änderungen am Bomgar-Produkt|etwa Angaben zur Netzwerkumgebung und zu den betroffenen Arbeitsplätzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length of time the issue has persisted</source>
        <translation>Seit wann das Problem besteht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system|if software-related</source>
        <translation>Betriebssystem|bei Softwareproblemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned server roles|if server-related</source>
        <translation>Zugewiesene Serverrollen|bei Serverproblemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log files</source>
        <translation>Protokolldateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen shots</source>
        <translation>Screenshots</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vendor support</source>
        <translation>Hersteller-Support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support hours %1</source>
        <translation>Support-Zeiten %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays %1 (support closed)</source>
        <translation>Feiertage %1 (Support geschlossen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity levels</source>
        <translation>Schweregrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to send with an incident</source>
        <translation>Was mit einem Incident zu senden ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before submitting, document every change made to the appliance and the environment, and try to reproduce the incident if appropriate. Answer requests for more information within the customer response time, or the incident&apos;s priority is lowered.</source>
        <translation>Dokumentieren Sie vor dem Absenden jede Änderung an der Appliance und der Umgebung, und versuchen Sie, den Incident wenn sinnvoll zu reproduzieren. Beantworten Sie Rückfragen innerhalb der Kundenreaktionszeit, sonst wird die Priorität des Incidents herabgesetzt.</translation>
    </message>
</context>
<context>
    <name>dr::runbook</name>
    <message>
        <location filename="../core/runbook/PlanPrinter.cpp" line="+19"/>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1. Procedure: %2</source>
        <translation>%1. Prozedur: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: (secret, do not write it here)</source>
        <translation>%1: (geheim, nicht hier eintragen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: **%2** (site profile; cross out and correct if it changed)</source>
        <translation>%1: **%2** (Site-Profil; durchstreichen und korrigieren, falls geändert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: ______________________________</source>
        <translation>%1: ______________________________</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automated check (%1); without the tool, verify it by hand. Result: ______</source>
        <translation>Automatische Prüfung (%1); ohne das Werkzeug von Hand prüfen. Ergebnis: ______</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only after %1 passed. %2</source>
        <translation>Erst nachdem %1 bestanden ist. %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(X) %1: go to %2 (site profile)</source>
        <translation>(X) %1: weiter mit %2 (Site-Profil)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>( ) %1: go to %2</source>
        <translation>( ) %1: weiter mit %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time: ____:____   Initials: ________</source>
        <translation>Uhrzeit: ____:____   Kürzel: ________</translation>
    </message>
    <message>
        <location filename="../core/runbook/RunJournal.cpp" line="+21"/>
        <source>cannot write the run journal %1: %2; free disk space or choose another folder</source>
        <translation>das Durchlaufprotokoll %1 kann nicht geschrieben werden: %2; Speicherplatz freigeben oder einen anderen Ordner wählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot sync the run journal %1 to disk: %2; check the disk</source>
        <translation>das Durchlaufprotokoll %1 kann nicht auf den Datenträger geschrieben werden: %2; Datenträger prüfen</translation>
    </message>
    <message>
        <location filename="../core/runbook/RunReport.cpp" line="+22"/>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>DRILL: </source>
        <translation>ÜBUNG: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run %1, scenario %2 version %3</source>
        <translation>Durchlauf %1, Szenario %2 Version %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator: %1</source>
        <translation>Bearbeiter: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started: %1; finished: %2; outcome: %3</source>
        <translation>Begonnen: %1; beendet: %2; Ergebnis: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unfinished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to recovery: %1</source>
        <translation>Zeit bis zur Wiederherstellung: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1. %2: %3 (%4)</source>
        <translation>%1. %2: %3 (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secret value was entered (not recorded).</source>
        <translation>Ein geheimer Wert wurde eingegeben (nicht aufgezeichnet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt %1 at %2: %3. %4 Evidence: %5</source>
        <translation>Versuch %1 um %2: %3. %4 Nachweis: %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked before an interruption: re-verify.</source>
        <translation>Vor einer Unterbrechung geprüft: erneut prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action %1: %2</source>
        <translation>Aktion %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/runbook/ScenarioParser.cpp" line="+141"/>
        <source>record.type &quot;%1&quot; is unknown; use one of: %2</source>
        <translation>record.type „%1“ ist unbekannt; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record.key &quot;%1&quot; must be lower case letters, digits and _</source>
        <translation>record.key „%1“ darf nur Kleinbuchstaben, Ziffern und _ enthalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>check.kind &quot;%1&quot; is unknown; use one of: %2</source>
        <translation>check.kind „%1“ ist unbekannt; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>check parameter &quot;%1&quot; is required for %2; add it</source>
        <translation>der Prüfparameter „%1“ ist für %2 erforderlich; ergänzen Sie ihn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check parameter &quot;%1&quot; is not used by %2; remove it</source>
        <translation>der Prüfparameter „%1“ wird von %2 nicht verwendet; entfernen Sie ihn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>action.kind &quot;%1&quot; is unknown; the only action is set_failover_role</source>
        <translation>action.kind „%1“ ist unbekannt; die einzige Aktion ist set_failover_role</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>action.role must be primary or backup</source>
        <translation>action.role muss primary oder backup sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an action needs preconditions (ids of check steps); add them</source>
        <translation>eine Aktion braucht Vorbedingungen (IDs von Prüfschritten); ergänzen Sie sie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>action.confirmation must name the appliance with %1</source>
        <translation>action.confirmation muss die Appliance mit %1 nennen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>decision.options must be an array of at least two options</source>
        <translation>decision.options muss ein Array mit mindestens zwei Optionen sein</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>applies_to fact &quot;%1&quot; is unknown; use one of: %2</source>
        <translation>applies_to-Fakt „%1“ ist unbekannt; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>applies_to %1 value &quot;%2&quot; is unknown; use one of: %3</source>
        <translation>applies_to-Wert „%2“ für %1 ist unbekannt; verwenden Sie einen von: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>applies_to %1 must be a non-empty array of values</source>
        <translation>applies_to %1 muss ein nicht leeres Array von Werten sein</translation>
    </message>
</context>
<context>
    <name>dr::runbook::PlanPrinter</name>
    <message>
        <location filename="../core/runbook/PlanPrinter.cpp" line="+24"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only if %1.</source>
        <translation>Nur wenn %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+26"/>
        <source>WARNING: </source>
        <translation>WARNUNG: </translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+27"/>
        <source>Note: </source>
        <translation>Hinweis: </translation>
    </message>
</context>
<context>
    <name>dr::runbook::Reader</name>
    <message>
        <location filename="../core/runbook/ScenarioParser.cpp" line="-206"/>
        <source>: step &quot;%1&quot;</source>
        <translation>: Schritt „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown key &quot;%1%2&quot;; remove it or fix its spelling (allowed: %3)</source>
        <translation>unbekannter Schlüssel „%1%2“; entfernen Sie ihn oder korrigieren Sie die Schreibweise (erlaubt: %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+57"/>
        <source>&quot;%1&quot; is missing; add it</source>
        <translation>„%1“ fehlt; ergänzen Sie es</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>„%1“ muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>„%1“ muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; must contain only non-empty strings</source>
        <translation>„%1“ darf nur nicht leere Zeichenketten enthalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be an object</source>
        <translation>„%1“ muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>dr::runbook::RecordValidator</name>
    <message>
        <location filename="../core/runbook/RecordValidator.cpp" line="+48"/>
        <source>Enter a value.</source>
        <translation>Geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an IPv4 address; enter four numbers from 0 to 255 separated by dots, for example 192.0.2.10.</source>
        <translation>„%1“ ist keine IPv4-Adresse; geben Sie vier durch Punkte getrennte Zahlen von 0 bis 255 ein, zum Beispiel 192.0.2.10.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a subnet mask; enter it as four numbers, for example 255.255.0.0.</source>
        <translation>„%1“ ist keine Subnetzmaske; geben Sie sie als vier Zahlen ein, zum Beispiel 255.255.0.0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid subnet mask (its bits must be contiguous ones followed by zeros); enter one such as 255.255.255.0.</source>
        <translation>„%1“ ist keine gültige Subnetzmaske (ihre Bits müssen durchgehend Einsen gefolgt von Nullen sein); geben Sie eine wie 255.255.255.0 ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a fully qualified domain name; enter the host name with its domain, for example support.example.com.</source>
        <translation>„%1“ ist kein vollqualifizierter Domänenname; geben Sie den Hostnamen mit Domäne ein, zum Beispiel support.example.com.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is neither a host name nor an IPv4 address; enter for example support.example.com or 192.0.2.10.</source>
        <translation>„%1“ ist weder ein Hostname noch eine IPv4-Adresse; geben Sie zum Beispiel support.example.com oder 192.0.2.10 ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; does not look like an appliance serial number (4 to 32 letters, digits or -, with at least one digit); copy it from the /appliance Status page.</source>
        <translation>„%1“ sieht nicht wie eine Seriennummer einer Appliance aus (4 bis 32 Buchstaben, Ziffern oder -, mit mindestens einer Ziffer); kopieren Sie sie von der Status-Seite unter /appliance.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not an incident number; enter the number Support gave you, for example 40100 or Incident# 40100.</source>
        <translation>„%1“ ist keine Incident-Nummer; geben Sie die Nummer ein, die Ihnen der Support genannt hat, zum Beispiel 40100 oder Incident# 40100.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a web address; enter it with https://, for example https://169.254.1.1/appliance/login.ns.</source>
        <translation>„%1“ ist keine Webadresse; geben Sie sie mit https:// ein, zum Beispiel https://169.254.1.1/appliance/login.ns.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an email address; enter it as name@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; geben Sie sie als name@example.com ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a product version; enter X.Y or X.Y.Z, for example 15.2.2.</source>
        <translation>„%1“ ist keine Produktversion; geben Sie X.Y oder X.Y.Z ein, zum Beispiel 15.2.2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown value type.</source>
        <translation>Unbekannter Werttyp.</translation>
    </message>
</context>
<context>
    <name>dr::runbook::RunEngine</name>
    <message>
        <location filename="../core/runbook/RunEngine.cpp" line="+47"/>
        <source>This run cannot start: no valid scenario, or it has started already.</source>
        <translation>Dieser Durchlauf kann nicht starten: kein gültiges Szenario, oder er hat bereits begonnen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This engine is already running a scenario; open the journal in a new one.</source>
        <translation>Diese Engine führt bereits ein Szenario aus; öffnen Sie das Protokoll in einer neuen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no run that can be resumed; start a new run instead.</source>
        <translation>%1 enthält keinen Durchlauf, der fortgesetzt werden kann; beginnen Sie stattdessen einen neuen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run in %1 has finished (%2); nothing to resume.</source>
        <translation>Der Durchlauf in %1 ist abgeschlossen (%2); es gibt nichts fortzusetzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a run of scenario &quot;%2&quot;, not of &quot;%3&quot;; open it with its own scenario.</source>
        <translation>%1 ist ein Durchlauf des Szenarios „%2“, nicht von „%3“; öffnen Sie ihn mit seinem eigenen Szenario.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was started with version %2 of scenario &quot;%3&quot; (definition %4); this program has version %5 (definition %6), whose steps differ, so the run cannot be continued here safely. Finish it with the program version that started it, or start a new run and carry on from where you are; the journal stays readable for the run report.</source>
        <translation>%1 wurde mit Version %2 des Szenarios „%3“ begonnen (Definition %4); dieses Programm hat Version %5 (Definition %6) mit anderen Schritten, daher kann der Durchlauf hier nicht sicher fortgesetzt werden. Schließen Sie ihn mit der Programmversion ab, mit der er begonnen wurde, oder beginnen Sie einen neuen Durchlauf und machen Sie dort weiter, wo Sie sind; das Protokoll bleibt für den Durchlaufbericht lesbar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Does not apply: %1 is %2.</source>
        <translation>Trifft nicht zu: %1 ist %2.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The run has no current step (it has finished or not started).</source>
        <translation>Der Durchlauf hat keinen aktuellen Schritt (er ist abgeschlossen oder hat nicht begonnen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/runbook/RunEngineGuarded.cpp" line="+215"/>
        <source>A check or action is still running; wait for its result.</source>
        <translation>Eine Prüfung oder Aktion läuft noch; warten Sie auf ihr Ergebnis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The current step &quot;%1&quot; is a %2 step, not a %3 step.</source>
        <translation>Der aktuelle Schritt „%1“ ist ein %2-Schritt, kein %3-Schritt.</translation>
    </message>
    <message>
        <location filename="../core/runbook/RunEngineGuarded.cpp" line="-157"/>
        <source>the result of step %1</source>
        <translation>das Ergebnis von Schritt %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot run the check: %1 not recorded yet (or entered before a restart); go back and record it.</source>
        <translation>Die Prüfung kann nicht laufen: %1 noch nicht erfasst (oder vor einem Neustart eingegeben); gehen Sie zurück und erfassen Sie es.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The current step is not an action.</source>
        <translation>Der aktuelle Schritt ist keine Aktion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The appliance to change is not known: record %1 first.</source>
        <translation>Die zu ändernde Appliance ist nicht bekannt: Erfassen Sie zuerst %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Precondition &quot;%1&quot; has not been checked; run it.</source>
        <translation>Die Vorbedingung „%1“ wurde nicht geprüft; führen Sie sie aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precondition &quot;%1&quot; was checked before the restart; run it again (a role may have changed meanwhile).</source>
        <translation>Die Vorbedingung „%1“ wurde vor dem Neustart geprüft; führen Sie sie erneut aus (eine Rolle kann sich inzwischen geändert haben).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Precondition &quot;%1&quot; did not pass; promoting now could make two primaries.</source>
        <translation>Die Vorbedingung „%1“ ist nicht bestanden; ein Hochstufen jetzt könnte zwei primäre Appliances erzeugen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No confirmation: type the name of the appliance (%1) to confirm.</source>
        <translation>Keine Bestätigung: Geben Sie zur Bestätigung den Namen der Appliance (%1) ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The confirmation names &quot;%1&quot;, but this action changes &quot;%2&quot;; type the right name.</source>
        <translation>Die Bestätigung nennt „%1“, diese Aktion ändert aber „%2“; geben Sie den richtigen Namen ein.</translation>
    </message>
    <message>
        <location filename="../core/runbook/RunEngineInput.cpp" line="+19"/>
        <source>Nothing to continue: the run has finished, or a check is still running.</source>
        <translation>Nichts fortzusetzen: Der Durchlauf ist abgeschlossen, oder eine Prüfung läuft noch.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run the check first.</source>
        <translation>Führen Sie zuerst die Prüfung aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check did not pass. Run it again, or skip the step and say why.</source>
        <translation>Die Prüfung ist nicht bestanden. Führen Sie sie erneut aus oder überspringen Sie den Schritt mit Begründung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The action has not succeeded. Execute it, or skip the step and say why.</source>
        <translation>Die Aktion war nicht erfolgreich. Führen Sie sie aus oder überspringen Sie den Schritt mit Begründung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the value this step asks for.</source>
        <translation>Geben Sie den Wert ein, nach dem dieser Schritt fragt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one of the answers.</source>
        <translation>Wählen Sie eine der Antworten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This value is secret; enter it through the secret field so it is never stored.</source>
        <translation>Dieser Wert ist geheim; geben Sie ihn im Geheimfeld ein, damit er nie gespeichert wird.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This value is not secret; enter it as a normal value.</source>
        <translation>Dieser Wert ist nicht geheim; geben Sie ihn als normalen Wert ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a value.</source>
        <translation>Geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not one of the answers: %2.</source>
        <translation>„%1“ ist keine der Antworten: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing to skip: the run has finished, or a check is still running.</source>
        <translation>Nichts zu überspringen: Der Durchlauf ist abgeschlossen, oder eine Prüfung läuft noch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A decision cannot be skipped; choose the answer that fits.</source>
        <translation>Eine Entscheidung kann nicht übersprungen werden; wählen Sie die passende Antwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why this step is skipped; the reason goes into the run report.</source>
        <translation>Geben Sie an, warum dieser Schritt übersprungen wird; der Grund kommt in den Durchlaufbericht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write the note first (and start the run).</source>
        <translation>Schreiben Sie zuerst die Notiz (und starten Sie den Durchlauf).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the name of the operator taking over.</source>
        <translation>Geben Sie den Namen des übernehmenden Bearbeiters ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no run in progress to abort.</source>
        <translation>Es läuft kein Durchlauf, der abgebrochen werden könnte.</translation>
    </message>
</context>
<context>
    <name>dr::runbook::RunJournal</name>
    <message>
        <location filename="../core/runbook/RunJournal.cpp" line="+25"/>
        <source>cannot create the run journal %1: %2; choose a writable folder or remove the old file</source>
        <translation>das Durchlaufprotokoll %1 kann nicht angelegt werden: %2; einen beschreibbaren Ordner wählen oder die alte Datei entfernen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open the run journal %1 to continue the run: %2</source>
        <translation>das Durchlaufprotokoll %1 kann zum Fortsetzen nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot repair the end of the run journal %1: %2</source>
        <translation>das Ende des Durchlaufprotokolls %1 kann nicht repariert werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the run journal is not open</source>
        <translation>das Durchlaufprotokoll ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the run journal %1: %2; free disk space or choose another folder</source>
        <translation>das Durchlaufprotokoll %1 kann nicht geschrieben werden: %2; Speicherplatz freigeben oder einen anderen Ordner wählen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the run journal %1: %2</source>
        <translation>das Durchlaufprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: line %2 was cut off by a crash and is ignored (%3 bytes)</source>
        <translation>%1: Zeile %2 wurde durch einen Absturz abgeschnitten und wird ignoriert (%3 Byte)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: line %2 is damaged and was skipped; the run record may miss an event there</source>
        <translation>%1: Zeile %2 ist beschädigt und wurde übersprungen; dem Protokoll fehlt dort möglicherweise ein Ereignis</translation>
    </message>
</context>
<context>
    <name>dr::runbook::RunReport</name>
    <message numerus="yes">
        <location filename="../core/runbook/RunReport.cpp" line="-31"/>
        <source>Resumed %n time(s) after an interruption.</source>
        <translation>
            <numerusform>Nach einer Unterbrechung %n-mal fortgesetzt.</numerusform>
            <numerusform>Nach Unterbrechungen %n-mal fortgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>dr::runbook::ScenarioLibrary</name>
    <message>
        <location filename="../core/runbook/ScenarioLibrary.cpp" line="+46"/>
        <source>%1: no scenario files (*.json) found; check the installation</source>
        <translation>%1: keine Szenariodateien (*.json) gefunden; prüfen Sie die Installation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: nicht lesbar (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: id &quot;%2&quot; is already used by another file; ids must be unique</source>
        <translation>%1: ID „%2“ wird bereits von einer anderen Datei verwendet; IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: step &quot;%2&quot;: include &quot;%3&quot; is not a known procedure; fix the id</source>
        <translation>%1: Schritt „%2“: include „%3“ ist keine bekannte Prozedur; korrigieren Sie die ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: step &quot;%2&quot;: include &quot;%3&quot; is a scenario; only procedures can be included</source>
        <translation>%1: Schritt „%2“: include „%3“ ist ein Szenario; nur Prozeduren können eingebunden werden</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>no scenario &quot;%1&quot;; choose one of the listed scenarios</source>
        <translation>kein Szenario „%1“; wählen Sie eines der aufgeführten Szenarien</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: step &quot;%2&quot;: ${%3} is never recorded in scenario &quot;%4&quot;; add a record step for it</source>
        <translation>%1: Schritt „%2“: ${%3} wird in Szenario „%4“ nie erfasst; ergänzen Sie einen Erfassungsschritt dafür</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: step &quot;%2&quot;: include &quot;%3&quot; cannot be resolved</source>
        <translation>%1: Schritt „%2“: include „%3“ lässt sich nicht auflösen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: step &quot;%2&quot;: include &quot;%3&quot; includes itself (%4); break the cycle</source>
        <translation>%1: Schritt „%2“: include „%3“ bindet sich selbst ein (%4); lösen Sie den Zyklus auf</translation>
    </message>
</context>
<context>
    <name>dr::runbook::ScenarioParser</name>
    <message>
        <location filename="../core/runbook/ScenarioParser.cpp" line="+141"/>
        <source>%1: not valid JSON at offset %2 (%3); fix the syntax</source>
        <translation>%1: kein gültiges JSON bei Offset %2 (%3); korrigieren Sie die Syntax</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>schema %1 is not supported; this build reads schema %2</source>
        <translation>Schema %1 wird nicht unterstützt; dieser Build liest Schema %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kind must be &quot;scenario&quot; or &quot;procedure&quot;</source>
        <translation>kind muss &quot;scenario&quot; oder &quot;procedure&quot; sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>id &quot;%1&quot; must be lower case letters, digits and _</source>
        <translation>ID „%1“ darf nur Kleinbuchstaben, Ziffern und _ enthalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;steps&quot; must be a non-empty array</source>
        <translation>&quot;steps&quot; muss ein nicht leeres Array sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;id&quot; must be lower case letters, digits and _</source>
        <translation>&quot;id&quot; darf nur Kleinbuchstaben, Ziffern und _ enthalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate step id; step ids must be unique in a file</source>
        <translation>doppelte Schritt-ID; Schritt-IDs müssen innerhalb einer Datei eindeutig sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kind &quot;%1&quot; is unknown; use one of: %2</source>
        <translation>kind „%1“ ist unbekannt; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is only allowed on %1 steps</source>
        <translation>„%1“ ist nur bei %1-Schritten erlaubt</translation>
    </message>
</context>
<context>
    <name>dr::runbook::ScenarioValidator</name>
    <message>
        <location filename="../core/runbook/ScenarioValidator.cpp" line="+85"/>
        <source>%1: step &quot;%2&quot;: %3</source>
        <translation>%1: Schritt „%2“: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>next &quot;%1&quot; is not a step of this file; fix the id</source>
        <translation>next „%1“ ist kein Schritt dieser Datei; korrigieren Sie die ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next points at the step itself</source>
        <translation>next zeigt auf den Schritt selbst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unbalanced ** label markup in &quot;%1&quot;; close every **label**</source>
        <translation>unausgeglichenes **-Markup in „%1“; schließen Sie jedes **label**</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a decision goes where its options say; remove &quot;next&quot;</source>
        <translation>eine Entscheidung geht dorthin, wohin ihre Optionen zeigen; entfernen Sie &quot;next&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>option value &quot;%1&quot; appears twice</source>
        <translation>Optionswert „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>option &quot;%1&quot; targets &quot;%2&quot;, which is not a step of this file</source>
        <translation>Option „%1“ zielt auf „%2“, das kein Schritt dieser Datei ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>option &quot;%1&quot; is not a value of fact %2</source>
        <translation>Option „%1“ ist kein Wert des Fakts %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decision.fact &quot;%1&quot; is unknown</source>
        <translation>decision.fact „%1“ ist unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from_check &quot;%1&quot; must be an earlier check step of this file</source>
        <translation>from_check „%1“ muss ein früherer Prüfschritt dieser Datei sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a decision on a check has exactly the options &quot;passed&quot; and &quot;failed&quot;</source>
        <translation>eine Entscheidung über eine Prüfung hat genau die Optionen &quot;passed&quot; und &quot;failed&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>precondition &quot;%1&quot; must be an earlier check step of this file</source>
        <translation>Vorbedingung „%1“ muss ein früherer Prüfschritt dieser Datei sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>baseline_step &quot;%1&quot; must be an earlier connected_count check of this file</source>
        <translation>baseline_step „%1“ muss eine frühere connected_count-Prüfung dieser Datei sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no path from the first step reaches this step; add a target to it or remove it</source>
        <translation>kein Weg vom ersten Schritt erreicht diesen Schritt; geben Sie ihm ein Ziel oder entfernen Sie ihn</translation>
    </message>
</context>
<context>
    <name>dr::site</name>
    <message>
        <location filename="../core/site/AppliancePages.cpp" line="+40"/>
        <source>IP Configuration</source>
        <translation>IP Configuration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take screenshots of the page: every NIC&apos;s IP addresses, netmasks, default gateway, DNS servers and hostname. These cannot be restored automatically.</source>
        <translation>Machen Sie Screenshots der Seite: IP-Adressen und Netzmasken jeder Netzwerkkarte, Standard-Gateway, DNS-Server und Hostname. Diese lassen sich nicht automatisch wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default gateway</source>
        <translation>Standard-Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NTP servers</source>
        <translation>NTP-Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Static Routes</source>
        <translation>Static Routes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If static routes are used, capture the page; otherwise mark it not used.</source>
        <translation>Werden statische Routen verwendet, erfassen Sie die Seite; andernfalls markieren Sie sie als nicht verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes (one per line: network/mask via gateway)</source>
        <translation>Routen (eine pro Zeile: Netz/Maske via Gateway)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNMP</source>
        <translation>SNMP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If SNMP is used, capture the page; otherwise mark it not used.</source>
        <translation>Wird SNMP verwendet, erfassen Sie die Seite; andernfalls markieren Sie sie als nicht verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNMP version</source>
        <translation>SNMP-Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks allowed to query</source>
        <translation>Netze, die abfragen dürfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syslog</source>
        <translation>Syslog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the appliance sends logs to a syslog server, note the server&apos;s hostname and/or IP and its message format.</source>
        <translation>Sendet die Appliance Protokolle an einen Syslog-Server, notieren Sie dessen Hostnamen und/oder IP und das Nachrichtenformat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syslog server (hostname or IP)</source>
        <translation>Syslog-Server (Hostname oder IP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message format</source>
        <translation>Nachrichtenformat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email Configuration (SMTP)</source>
        <translation>Email Configuration (SMTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the appliance sends email (certificate expiration reminders, admin alerts), capture the page: it is separate from the /login email settings.</source>
        <translation>Sendet die Appliance E-Mails (Erinnerungen an ablaufende Zertifikate, Admin-Warnungen), erfassen Sie die Seite: Sie ist getrennt von den E-Mail-Einstellungen unter /login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP relay</source>
        <translation>SMTP-Relay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin contact addresses</source>
        <translation>Admin-Kontaktadressen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSL/TLS Configuration</source>
        <translation>SSL/TLS Configuration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If SSL/TLS was customised (protocols, ciphers), capture the page.</source>
        <translation>Wurde SSL/TLS angepasst (Protokolle, Cipher), erfassen Sie die Seite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled protocols</source>
        <translation>Aktivierte Protokolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cipher suites</source>
        <translation>Cipher Suites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance Administration</source>
        <translation>Appliance Administration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If there are special user account, network or port restrictions, capture the page.</source>
        <translation>Gibt es besondere Einschränkungen für Benutzerkonten, Netze oder Ports, erfassen Sie die Seite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account, network and port restrictions</source>
        <translation>Einschränkungen für Konten, Netze und Ports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/appliance Prerequisite Login Agreement</source>
        <translation>/appliance Prerequisite Login Agreement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a login agreement is configured, capture a screenshot and copy its text.</source>
        <translation>Ist eine Anmeldevereinbarung eingerichtet, machen Sie einen Screenshot und kopieren Sie ihren Text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement text</source>
        <translation>Text der Vereinbarung</translation>
    </message>
    <message>
        <location filename="../core/site/SiteFile.cpp" line="+33"/>
        <source>The site file</source>
        <translation>Die Site-Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The site file %1</source>
        <translation>Die Site-Datei %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not valid JSON (%2 at byte %3): fix it, or restore the previous version (.bak).</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Byte %3): Korrigieren Sie die Datei oder stellen Sie die vorige Version (.bak) wieder her.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must hold one JSON object in braces { }: fix it, or restore the previous version (.bak).</source>
        <translation>%1 muss ein JSON-Objekt in geschweiften Klammern { } enthalten: Korrigieren Sie die Datei oder stellen Sie die vorige Version (.bak) wieder her.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read the site file %1: %2. Check the path and the permissions.</source>
        <translation>Die Site-Datei %1 kann nicht gelesen werden: %2. Prüfen Sie Pfad und Berechtigungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site file %1 is larger than 16 MiB: it is not a site profile. Choose the right file.</source>
        <translation>Die Site-Datei %1 ist größer als 16 MiB: Das ist kein Site-Profil. Wählen Sie die richtige Datei.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot save %1: the folder does not exist. Create it or choose another place.</source>
        <translation>%1 kann nicht gespeichert werden: Der Ordner existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save %1: the current file cannot be read (%2), so its previous version could not be kept. Check the permissions.</source>
        <translation>%1 kann nicht gespeichert werden: Die aktuelle Datei ist nicht lesbar (%2), daher konnte ihre vorige Version nicht aufbewahrt werden. Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saving over %1: it was written by a newer version of Appliance DR Runbook and would lose what this version does not understand. Save under another name.</source>
        <translation>%1 wird nicht überschrieben: Die Datei wurde von einer neueren Version von Appliance DR Runbook geschrieben und würde verlieren, was diese Version nicht versteht. Speichern Sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save %1. Nothing was changed: keeping its previous version failed. %2</source>
        <translation>%1 kann nicht gespeichert werden. Es wurde nichts geändert: Das Aufbewahren der vorigen Version ist fehlgeschlagen. %2</translation>
    </message>
    <message>
        <location filename="../core/site/SiteMigration.cpp" line="+36"/>
        <source>a version 1 site file holds text values only; put this value in quotes.</source>
        <translation>eine Site-Datei der Version 1 enthält nur Textwerte; setzen Sie diesen Wert in Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>must be a whole number such as %1; correct it.</source>
        <translation>muss eine ganze Zahl wie %1 sein; korrigieren Sie sie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is version %1, newer than this program understands (%2): update Appliance DR Runbook before opening it, so nothing in it is lost.</source>
        <translation>die Datei hat Version %1, neuer als dieses Programm versteht (%2): Aktualisieren Sie Appliance DR Runbook, bevor Sie sie öffnen, damit nichts darin verloren geht.</translation>
    </message>
    <message>
        <location filename="../core/site/SiteProfileJson.cpp" line="+27"/>
        <source>unknown key, kept as it is; if it is a typo, correct it.</source>
        <translation>unbekannter Schlüssel, unverändert beibehalten; falls es ein Tippfehler ist, korrigieren Sie ihn.</translation>
    </message>
    <message>
        <location filename="../core/site/SiteConnection.cpp" line="+22"/>
        <source>appliance &quot;%1&quot; has neither an fqdn nor an api.url: record its host name in the site profile.</source>
        <translation>Appliance „%1“ hat weder fqdn noch api.url: erfassen Sie ihren Hostnamen im Site-Profil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>appliance &quot;%1&quot;: %2</source>
        <translation>Appliance „%1“: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>appliance &quot;%1&quot;: api.pin_sha256 is not a SHA-256 fingerprint (64 hex digits); correct it in the site profile.</source>
        <translation>Appliance „%1“: api.pin_sha256 ist kein SHA-256-Fingerabdruck (64 Hex-Ziffern); korrigieren Sie ihn im Site-Profil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>appliance &quot;%1&quot;: api.ca_file: %2</source>
        <translation>Appliance „%1“: api.ca_file: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no API account: add one under api_accounts in the site profile, or set DRRUNBOOK_CLIENT_ID</source>
        <translation>kein API-Konto: legen Sie eines unter api_accounts im Site-Profil an oder setzen Sie DRRUNBOOK_CLIENT_ID</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the keychain has no secret for %1 at %2 (store it with: drrunbook-cli secret store --url %3 --client-id %1)</source>
        <translation>der Schlüsselbund hat kein Secret für %1 bei %2 (ablegen mit: drrunbook-cli secret store --url %3 --client-id %1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the keychain has no backup password for %1</source>
        <translation>der Schlüsselbund hat kein Backup-Passwort für %1</translation>
    </message>
</context>
<context>
    <name>dr::site::Checker</name>
    <message>
        <location filename="../core/site/SiteValidator.cpp" line="+41"/>
        <source>&quot;%1&quot; is not allowed; use one of: %2.</source>
        <translation>„%1“ ist nicht erlaubt; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an IP address; write it like 192.0.2.10 or 2001:db8::10.</source>
        <translation>„%1“ ist keine IP-Adresse; schreiben Sie sie wie 192.0.2.10 oder 2001:db8::10.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file %1 does not exist; put it beside the profile or correct the name.</source>
        <translation>die Datei %1 existiert nicht; legen Sie sie neben das Profil oder korrigieren Sie den Namen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no appliance is recorded; add at least the primary appliance.</source>
        <translation>es ist keine Appliance erfasst; ergänzen Sie mindestens die primäre Appliance.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is empty; give the site a name (it is printed on every checklist).</source>
        <translation>ist leer; geben Sie der Site einen Namen (er steht auf jeder Checkliste).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is empty; record the public site address, e.g. support.example.com.</source>
        <translation>ist leer; erfassen Sie die öffentliche Site-Adresse, z. B. support.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a host name; write it like support.example.com.</source>
        <translation>„%1“ ist kein Hostname; schreiben Sie ihn wie support.example.com.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is empty; name the appliance (e.g. primary, backup, master-a).</source>
        <translation>ist leer; benennen Sie die Appliance (z. B. primary, backup, master-a).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is already the name of appliances[%2]; give each appliance its own name.</source>
        <translation>„%1“ ist bereits der Name von appliances[%2]; geben Sie jeder Appliance einen eigenen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not recorded; choose one of: %1.</source>
        <translation>ist nicht erfasst; wählen Sie eines von: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is empty; record the appliance&apos;s host name (e.g. support-a.example.com) to reach it.</source>
        <translation>ist leer; erfassen Sie den Hostnamen der Appliance (z. B. support-a.example.com), um sie zu erreichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a host name; write it like support-a.example.com.</source>
        <translation>„%1“ ist kein Hostname; schreiben Sie ihn wie support-a.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not recorded; copy it from the appliance&apos;s /appliance Status page (RMA and support need it).</source>
        <translation>ist nicht erfasst; kopieren Sie sie von der Status-Seite unter /appliance der Appliance (RMA und Support brauchen sie).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not recorded; say how traffic moves to the backup: %1.</source>
        <translation>ist nicht erfasst; geben Sie an, wie der Verkehr zur Backup-Appliance gelangt: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be at least 1 second; copy the value from Management &gt; Failover.</source>
        <translation>muss mindestens 1 Sekunde sein; übernehmen Sie den Wert aus Management &gt; Failover.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an appliance address; write it as https://HOST or https://HOST:PORT.</source>
        <translation>„%1“ ist keine Appliance-Adresse; schreiben Sie sie als https://HOST oder https://HOST:PORT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a SHA-256 fingerprint: 64 hex digits, colons allowed.</source>
        <translation>muss ein SHA-256-Fingerabdruck sein: 64 Hex-Ziffern, Doppelpunkte erlaubt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either ca_file or pin_sha256, not both.</source>
        <translation>geben Sie entweder ca_file oder pin_sha256 an, nicht beides.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is empty; write the interface name (e.g. eth0).</source>
        <translation>ist leer; schreiben Sie den Namen der Schnittstelle (z. B. eth0).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a netmask; write it like 255.255.255.0 or 24.</source>
        <translation>„%1“ ist keine Netzmaske; schreiben Sie sie wie 255.255.255.0 oder 24.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a MAC address; write it like 00:1a:2b:3c:4d:5e.</source>
        <translation>„%1“ ist keine MAC-Adresse; schreiben Sie sie wie 00:1a:2b:3c:4d:5e.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>record the appliance version, serial, base software version and system time from the /appliance Status page: the saved screenshots are named with them.</source>
        <translation>erfassen Sie Appliance-Version, Seriennummer, Version der Basissoftware und Systemzeit von der Status-Seite unter /appliance: Die gespeicherten Screenshots werden danach benannt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not captured yet: %1 (%2), or mark it not_used.</source>
        <translation>noch nicht erfasst: %1 (%2), oder als not_used markieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is marked captured but has no screenshot, value or note; attach the screenshot.</source>
        <translation>ist als erfasst markiert, hat aber weder Screenshot noch Wert noch Notiz; hängen Sie den Screenshot an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write down the syslog server&apos;s hostname or IP.</source>
        <translation>notieren Sie Hostnamen oder IP des Syslog-Servers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not named as the guide asks (version, serial, base software version, system time); rename it to %2.</source>
        <translation>„%1“ ist nicht benannt, wie der Leitfaden es verlangt (Version, Seriennummer, Version der Basissoftware, Systemzeit); benennen Sie ihn in %2 um.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>appliances[%1] is already the primary; a failover pair has one primary: record this one as backup.</source>
        <translation>appliances[%1] ist bereits die primäre; ein Failover-Paar hat eine primäre: erfassen Sie diese als Backup-Appliance.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a backup appliance is recorded but no primary; record the primary.</source>
        <translation>eine Backup-Appliance ist erfasst, aber keine primäre; erfassen Sie die primäre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is empty; name the appliance that is the primary master.</source>
        <translation>ist leer; nennen Sie die Appliance, die primärer Master ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>&quot;%1&quot; is not the name of a recorded appliance; add it under appliances or correct the name.</source>
        <translation>„%1“ ist nicht der Name einer erfassten Appliance; ergänzen Sie sie unter appliances oder korrigieren Sie den Namen.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>no traffic node is recorded; list them by appliance name.</source>
        <translation>es ist kein Traffic-Knoten erfasst; führen Sie sie mit Appliance-Namen auf.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is empty; write who to call.</source>
        <translation>ist leer; schreiben Sie, wen man anrufen soll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an email address; write it like name@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; schreiben Sie sie wie name@example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has neither phone nor email; add one so the contact can be reached.</source>
        <translation>hat weder Telefon noch E-Mail; ergänzen Sie eines, damit der Kontakt erreichbar ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is empty; copy the client ID from /login &gt; Management &gt; API Configuration.</source>
        <translation>ist leer; kopieren Sie die Client-ID aus /login &gt; Management &gt; API Configuration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is listed twice; keep one entry per API account.</source>
        <translation>„%1“ ist doppelt aufgeführt; behalten Sie einen Eintrag pro API-Konto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is empty; write where the .p12 certificate backup is kept (Security &gt; Certificates &gt; Export).</source>
        <translation>ist leer; schreiben Sie, wo das .p12-Zertifikats-Backup liegt (Security &gt; Certificates &gt; Export).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is empty; record the certificate&apos;s SHA-256 fingerprint (drrunbook-cli cert inspect FILE.p12).</source>
        <translation>ist leer; erfassen Sie den SHA-256-Fingerabdruck des Zertifikats (drrunbook-cli cert inspect FILE.p12).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a SHA-256 fingerprint: 64 hex digits, colons allowed; copy it from drrunbook-cli cert inspect.</source>
        <translation>muss ein SHA-256-Fingerabdruck sein: 64 Hex-Ziffern, Doppelpunkte erlaubt; kopieren Sie ihn aus drrunbook-cli cert inspect.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is empty; choose the folder scheduled .nsb backups go to.</source>
        <translation>ist leer; wählen Sie den Ordner für die geplanten .nsb-Backups.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not the name of a recorded appliance; correct it or leave it empty for the primary.</source>
        <translation>„%1“ ist nicht der Name einer erfassten Appliance; korrigieren Sie ihn oder lassen Sie ihn für die primäre leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not one of api_accounts; add that account or correct the client ID.</source>
        <translation>„%1“ gehört nicht zu api_accounts; ergänzen Sie dieses Konto oder korrigieren Sie die Client-ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no appliance is recorded as primary; name the appliance to back up from.</source>
        <translation>keine Appliance ist als primär erfasst; nennen Sie die Appliance, von der gesichert wird.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>secrets never go in the site file: remove it and keep it in the keychain (drrunbook-cli secret store).</source>
        <translation>Geheimnisse gehören nie in die Site-Datei: entfernen Sie es und legen Sie es im Schlüsselbund ab (drrunbook-cli secret store).</translation>
    </message>
</context>
<context>
    <name>dr::site::Reader</name>
    <message>
        <location filename="../core/site/SiteProfileJson.cpp" line="+13"/>
        <source>must be an object in braces { }; correct the entry (it was ignored).</source>
        <translation>muss ein Objekt in geschweiften Klammern { } sein; korrigieren Sie den Eintrag (er wurde ignoriert).</translation>
    </message>
</context>
<context>
    <name>dr::site::SiteProfile</name>
    <message>
        <location filename="../core/site/SiteProfile.cpp" line="+31"/>
        <source>B200 hardware appliance</source>
        <translation>Hardware-Appliance B200</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B300 hardware appliance</source>
        <translation>Hardware-Appliance B300</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B400 hardware appliance</source>
        <translation>Hardware-Appliance B400</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VMware virtual appliance</source>
        <translation>Virtuelle Appliance (VMware)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyper-V virtual appliance</source>
        <translation>Virtuelle Appliance (Hyper-V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud appliance</source>
        <translation>Cloud-Appliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor-hosted site</source>
        <translation>Vom Hersteller gehostete Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No failover</source>
        <translation>Kein Failover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared IP</source>
        <translation>Gemeinsame IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS swing</source>
        <translation>DNS-Umschaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAT swing</source>
        <translation>NAT-Umschaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote Support</source>
        <translation>Remote Support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privileged Remote Access</source>
        <translation>Privileged Remote Access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not captured yet</source>
        <translation>Noch nicht erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used on this appliance</source>
        <translation>Auf dieser Appliance nicht verwendet</translation>
    </message>
</context>
<context>
    <name>dr::site::detail::JsonFields</name>
    <message>
        <location filename="../core/site/JsonFields.cpp" line="+49"/>
        <source>must be %1; correct the value in the file (it was ignored).</source>
        <translation>muss %1 sein; korrigieren Sie den Wert in der Datei (er wurde ignoriert).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>text in quotes</source>
        <translation>Text in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a list of texts, like [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>eine Liste von Texten, wie [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be text in quotes; correct the value in the file (it was ignored).</source>
        <translation>muss Text in Anführungszeichen sein; korrigieren Sie den Wert in der Datei (er wurde ignoriert).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>true or false (without quotes)</source>
        <translation>true oder false (ohne Anführungszeichen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a whole number from %1 to %2 (without quotes)</source>
        <translation>eine ganze Zahl von %1 bis %2 (ohne Anführungszeichen)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a date and time; write it as ISO 8601, e.g. 2026-11-20T10:15:00Z.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit; schreiben Sie es als ISO 8601, z. B. 2026-11-20T10:15:00Z.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an object in braces { }</source>
        <translation>ein Objekt in geschweiften Klammern { }</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a list in brackets [ ]</source>
        <translation>eine Liste in eckigen Klammern [ ]</translation>
    </message>
</context>
<context>
    <name>dr::support::Holidays</name>
    <message>
        <location filename="../core/support/Holidays.cpp" line="+15"/>
        <source>New Year&apos;s Day</source>
        <translation>Neujahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Martin Luther King Day</source>
        <translation>Martin Luther King Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>President&apos;s Day</source>
        <translation>Presidents&apos; Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good Friday</source>
        <translation>Karfreitag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memorial Day</source>
        <translation>Memorial Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Independence Day</source>
        <translation>Independence Day (US-Unabhängigkeitstag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labor Day</source>
        <translation>Labor Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columbus Day</source>
        <translation>Columbus Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Veterans Day</source>
        <translation>Veterans Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thanksgiving Day</source>
        <translation>Thanksgiving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day after Thanksgiving</source>
        <translation>Tag nach Thanksgiving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Christmas Eve</source>
        <translation>Heiligabend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Christmas Day</source>
        <translation>1. Weihnachtstag</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (observed)</source>
        <translation>%1 (Ersatztag)</translation>
    </message>
</context>
<context>
    <name>dr::support::IncidentComposer</name>
    <message>
        <location filename="../core/support/IncidentComposer.cpp" line="+34"/>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(not provided)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity requested</source>
        <translation>Gewünschter Schweregrad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inquirer&apos;s Name</source>
        <translation>Name der anfragenden Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the organization</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bomgar product version</source>
        <translation>Bomgar-Produktversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific error messages received</source>
        <translation>Erhaltene Fehlermeldungen im Wortlaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps for reproducing the issue</source>
        <translation>Schritte zum Reproduzieren des Problems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions taken prior to the incident</source>
        <translation>Vor dem Incident durchgeführte Aktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes made to the Bomgar product</source>
        <translation>Änderungen am Bomgar-Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of time the issue has persisted</source>
        <translation>Seit wann das Problem besteht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned server roles</source>
        <translation>Zugewiesene Serverrollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log files (attached)</source>
        <translation>Protokolldateien (angehängt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen shots (attached)</source>
        <translation>Screenshots (angehängt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send this email to %1 now, then telephone Bomgar Support and give the subject line.</source>
        <translation>Senden Sie diese E-Mail jetzt an %1, rufen Sie dann den Bomgar Support an und nennen Sie die Betreffzeile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once Bomgar Support gives an incident number, record it: every later email must begin its subject with &quot;Incident# N&quot;.</source>
        <translation>Sobald der Bomgar Support eine Incident-Nummer vergibt, erfassen Sie sie: Jede spätere E-Mail muss ihren Betreff mit „Incident# N“ beginnen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Attach the %n listed file(s); a mailto: link cannot carry attachments, save an .eml file instead.</source>
        <translation>
            <numerusform>Hängen Sie die aufgeführte Datei an (%n); ein mailto:-Link kann keine Anhänge transportieren, speichern Sie stattdessen eine .eml-Datei.</numerusform>
            <numerusform>Hängen Sie die %n aufgeführten Dateien an; ein mailto:-Link kann keine Anhänge transportieren, speichern Sie stattdessen eine .eml-Datei.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::support::MailWriter</name>
    <message>
        <location filename="../core/support/MailWriter.cpp" line="+190"/>
        <source>Cannot read the attachment %1: %2. Check that the file exists and is readable, or remove it from the list.</source>
        <translation>Der Anhang %1 kann nicht gelesen werden: %2. Prüfen Sie, ob die Datei existiert und lesbar ist, oder entfernen Sie sie aus der Liste.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot write the email file %1: %2. Choose a folder you can write to.</source>
        <translation>Die E-Mail-Datei %1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>dr::support::ReleaseTable</name>
    <message>
        <location filename="../core/support/ReleaseTable.cpp" line="+48"/>
        <source>The release table is not valid JSON (%1). Fix the file or start again from the built-in example.</source>
        <translation>Die Release-Tabelle ist kein gültiges JSON (%1). Korrigieren Sie die Datei oder beginnen Sie neu mit dem eingebauten Beispiel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The release table entry &quot;%1&quot; needs a version like 23.2 and a GA date like 2023-07-18. Correct it.</source>
        <translation>Der Eintrag „%1“ der Release-Tabelle braucht eine Version wie 23.2 und ein GA-Datum wie 2023-07-18. Korrigieren Sie ihn.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read the release table %1: %2. Check the path.</source>
        <translation>Die Release-Tabelle %1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad.</translation>
    </message>
</context>
<context>
    <name>dr::support::RestoreCompatibility</name>
    <message>
        <location filename="../core/support/RestoreCompatibility.cpp" line="+35"/>
        <source>The backup (%1) and the site (%2) have the same version: the restore is supported.</source>
        <translation>Backup (%1) und Site (%2) haben dieselbe Version: Die Wiederherstellung wird unterstützt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: the backup (%1) is newer than the site (%2). Restoring a backup from a newer version onto an older one causes major issues and is not supported. Update the site to %1 first (ask Bomgar Support for the /login site update).</source>
        <translation>Abgelehnt: Das Backup (%1) ist neuer als die Site (%2). Ein Backup einer neueren Version auf einer älteren wiederherzustellen, verursacht schwere Probleme und wird nicht unterstützt. Aktualisieren Sie die Site zuerst auf %1 (fragen Sie den Bomgar Support nach dem /login-Site-Update).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site version %1 lists %2 as a supported upgrade version: restoring this backup is supported.</source>
        <translation>Die Site-Version %1 führt %2 als unterstützte Upgrade-Version: Die Wiederherstellung dieses Backups wird unterstützt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %2 is not listed as a supported upgrade version of the site version %1. Restoring this backup can cause unexpected issues and/or data loss. Check the release notes of %1 (www.bomgar.com/changelog) and add %2 to your supported-upgrade list if they name it, or ask Bomgar Support to put the site on a version that supports it.</source>
        <translation>Warnung: %2 ist nicht als unterstützte Upgrade-Version der Site-Version %1 aufgeführt. Die Wiederherstellung dieses Backups kann unerwartete Probleme und/oder Datenverlust verursachen. Prüfen Sie die Release Notes von %1 (www.bomgar.com/changelog) und ergänzen Sie %2 in Ihrer Liste unterstützter Upgrades, falls sie dort genannt ist, oder bitten Sie den Bomgar Support, die Site auf eine Version zu bringen, die sie unterstützt.</translation>
    </message>
</context>
<context>
    <name>dr::support::RmaComposer</name>
    <message>
        <location filename="../core/support/RmaComposer.cpp" line="+58"/>
        <source>Enter the contact name.</source>
        <translation>Geben Sie den Namen des Ansprechpartners ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the contact email address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Ansprechpartners ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the contact phone number.</source>
        <translation>Geben Sie die Telefonnummer des Ansprechpartners ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the shipping address.</source>
        <translation>Geben Sie die Lieferadresse ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the country the appliance is in (two-letter code, e.g. US).</source>
        <translation>Geben Sie das Land ein, in dem die Appliance steht (Ländercode mit zwei Buchstaben, z. B. DE).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the appliance serial number.</source>
        <translation>Geben Sie die Seriennummer der Appliance ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose repair and return (up to four weeks) or replacement with new hardware: Bomgar Support asks this first for international shipments.</source>
        <translation>Wählen Sie Reparatur und Rücksendung (bis zu vier Wochen) oder Ersatz durch neue Hardware: Der Bomgar Support fragt dies bei internationalen Sendungen zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A replacement shipped internationally may incur VAT fees: send Bomgar Support documented consent to pay them, then tick the consent.</source>
        <translation>Für einen international versandten Ersatz können Mehrwertsteuergebühren anfallen: Senden Sie dem Bomgar Support eine dokumentierte Zustimmung zur Zahlung und setzen Sie dann das Häkchen bei der Zustimmung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hard disk drive</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>power supply</source>
        <translation>Netzteil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>other hardware problem</source>
        <translation>anderes Hardwareproblem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not provided)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RMA request: %1 serial %2</source>
        <translation>RMA-Anfrage: %1 Seriennummer %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact name</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email</source>
        <translation>E-Mail des Ansprechpartners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone</source>
        <translation>Telefon des Ansprechpartners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance model</source>
        <translation>Appliance-Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance serial number</source>
        <translation>Seriennummer der Appliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not applicable)</source>
        <translation>(nicht zutreffend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed part</source>
        <translation>Defektes Teil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field Replaceable Unit (%1)</source>
        <translation>Field Replaceable Unit (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full RMA of the entire appliance</source>
        <translation>Vollständiger RMA der gesamten Appliance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair and return: the appliance is returned to Bomgar temporarily and shipped back after repair (up to four weeks).</source>
        <translation>Reparatur und Rücksendung: Die Appliance geht vorübergehend an Bomgar und wird nach der Reparatur zurückgeschickt (bis zu vier Wochen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replacement: the appliance is returned to Bomgar permanently and replaced with new hardware.</source>
        <translation>Ersatz: Die Appliance geht dauerhaft an Bomgar und wird durch neue Hardware ersetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We consent to the payment of any VAT fees incurred by this process.</source>
        <translation>Wir stimmen der Zahlung etwaiger bei diesem Vorgang anfallender Mehrwertsteuergebühren zu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(to be confirmed)</source>
        <translation>(noch zu bestätigen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>International shipment</source>
        <translation>Internationaler Versand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A Field Replaceable Unit can be issued: B300 and B400 hard disk drives and power supplies.</source>
        <translation>Eine Field Replaceable Unit kann ausgegeben werden: Festplatten und Netzteile von B300 und B400.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A full RMA of the entire appliance applies: Field Replaceable Units exist only for hard disk drives and power supplies of B300 and B400 appliances.</source>
        <translation>Es gilt ein vollständiger RMA der gesamten Appliance: Field Replaceable Units gibt es nur für Festplatten und Netzteile von B300- und B400-Appliances.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replacements for Ireland and the European Union usually ship from Bomgar&apos;s inventory in Ireland; no VAT fees are expected.</source>
        <translation>Ersatzgeräte für Irland und die Europäische Union werden in der Regel aus Bomgars Lager in Irland verschickt; es sind keine Mehrwertsteuergebühren zu erwarten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The replacement may incur VAT fees: documented consent to pay them must be sent to Bomgar Support.</source>
        <translation>Für den Ersatz können Mehrwertsteuergebühren anfallen: Eine dokumentierte Zustimmung zur Zahlung muss an den Bomgar Support gesendet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside the United States, Bomgar gives its DHL account number to schedule a pickup, or arranges WEEE scrapping of the old appliance.</source>
        <translation>Außerhalb der USA nennt Bomgar seine DHL-Kundennummer für eine Abholung oder veranlasst die WEEE-Verschrottung der alten Appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the United States, Bomgar sends a return shipping label.</source>
        <translation>In den USA schickt Bomgar ein Rücksendeetikett.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return the defective appliance within two weeks of the new appliance becoming operational: outstanding appliances are invoiced at list price.</source>
        <translation>Senden Sie die defekte Appliance innerhalb von zwei Wochen, nachdem die neue in Betrieb ist, zurück: Nicht zurückgegebene Appliances werden zum Listenpreis berechnet.</translation>
    </message>
</context>
<context>
    <name>dr::support::RmaReminders</name>
    <message>
        <location filename="../core/support/RmaReminders.cpp" line="+91"/>
        <source>The RMA reminders in %1 cannot be read (%2): check the file&apos;s permissions.</source>
        <translation>Die RMA-Erinnerungen in %1 sind nicht lesbar (%2): prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The RMA reminders in %1 are damaged (%2): restore the file from a backup or move it away to start a new list.</source>
        <translation>Die RMA-Erinnerungen in %1 sind beschädigt (%2): stellen Sie die Datei aus einem Backup wieder her oder verschieben Sie sie, um eine neue Liste zu beginnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An RMA reminder in %1 is incomplete (no id or no operational date): restore the file from a backup or move it away to start a new list.</source>
        <translation>Eine RMA-Erinnerung in %1 ist unvollständig (keine ID oder kein Inbetriebnahmedatum): stellen Sie die Datei aus einem Backup wieder her oder verschieben Sie sie, um eine neue Liste zu beginnen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The RMA reminders in %1 could not be read, so they are not written over: fix or move the file first.</source>
        <translation>Die RMA-Erinnerungen in %1 waren nicht lesbar und werden daher nicht überschrieben: reparieren oder verschieben Sie die Datei zuerst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 cannot be created: choose a folder you can write to.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The RMA reminders could not be saved to %1 (%2): check the disk space and the folder&apos;s permissions.</source>
        <translation>Die RMA-Erinnerungen konnten nicht nach %1 gespeichert werden (%2): prüfen Sie Speicherplatz und Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the defective appliance&apos;s serial number and the date the new appliance became operational.</source>
        <translation>Geben Sie die Seriennummer der defekten Appliance und das Datum ein, an dem die neue Appliance in Betrieb ging.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That RMA reminder is no longer in the list (another window may have changed it): reload the list.</source>
        <translation>Diese RMA-Erinnerung ist nicht mehr in der Liste (ein anderes Fenster hat sie möglicherweise geändert): laden Sie die Liste neu.</translation>
    </message>
</context>
<context>
    <name>dr::support::Severity</name>
    <message>
        <location filename="../core/support/Severity.cpp" line="+44"/>
        <source>Severity Level %1</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Production system down and inoperable. The issue cannot be solved by a restart, a bypass, or a workaround.</source>
        <translation>Produktivsystem ausgefallen und nicht betriebsfähig. Das Problem lässt sich weder durch einen Neustart noch durch eine Umgehung oder einen Workaround lösen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Production system is operational but impacted due to issue with documented product functionality. Workaround exists for core product functionality.</source>
        <translation>Produktivsystem betriebsfähig, aber durch ein Problem mit dokumentierter Produktfunktionalität beeinträchtigt. Für die Kernfunktionalität des Produkts gibt es einen Workaround.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cosmetic impairment. Limited impact to use of system. No immediate resolution required. Request for enhancements. Request for general information.</source>
        <translation>Kosmetische Beeinträchtigung. Begrenzte Auswirkung auf die Nutzung des Systems. Keine sofortige Lösung erforderlich. Erweiterungswünsche. Allgemeine Informationsanfragen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Severity Level 1 must be documented by email and followed up by a telephone call: the guide recommends a detailed email to support@bomgar.com followed by a telephone call. Maximum target time for First Response and for Customer Response is 30 minutes (business hours).</source>
        <translation>Schweregrad 1 muss per E-Mail dokumentiert und telefonisch nachgefasst werden: Der Leitfaden empfiehlt eine ausführliche E-Mail an support@bomgar.com, gefolgt von einem Anruf. Maximale Zielzeit für First Response und Customer Response: 30 Minuten (Geschäftszeiten).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity Level 2 must be reported by email to document the issue and may be followed up by telephone. Maximum target time for First Response and for Customer Response is 24 hours (business hours).</source>
        <translation>Schweregrad 2 muss per E-Mail gemeldet werden, um das Problem zu dokumentieren, und kann telefonisch nachgefasst werden. Maximale Zielzeit für First Response und Customer Response: 24 Stunden (Geschäftszeiten).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Severity Level 3 must be reported by email. Maximum target time for First Response is 24 hours (business hours).</source>
        <translation>Schweregrad 3 muss per E-Mail gemeldet werden. Maximale Zielzeit für First Response: 24 Stunden (Geschäftszeiten).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Production system down and inoperable, and no restart, bypass or workaround solves it: Severity Level 1.</source>
        <translation>Produktivsystem ausgefallen und nicht betriebsfähig, und weder Neustart noch Umgehung oder Workaround helfen: Schweregrad 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Production system runs thanks to a restart, bypass or workaround but is impacted: Severity Level 2.</source>
        <translation>Produktivsystem läuft dank Neustart, Umgehung oder Workaround, ist aber beeinträchtigt: Schweregrad 2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Production system is operational but impacted, and a workaround exists: Severity Level 2.</source>
        <translation>Produktivsystem betriebsfähig, aber beeinträchtigt, und es gibt einen Workaround: Schweregrad 2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cosmetic impairment, enhancement request or request for general information: Severity Level 3.</source>
        <translation>Kosmetische Beeinträchtigung, Erweiterungswunsch oder allgemeine Informationsanfrage: Schweregrad 3.</translation>
    </message>
</context>
<context>
    <name>dr::support::SupportedUpgrades</name>
    <message>
        <location filename="../core/support/SupportedUpgrades.cpp" line="+39"/>
        <source>The supported-upgrade list is not valid JSON (%1). Fix the file or start a new one.</source>
        <translation>Die Liste unterstützter Upgrades ist kein gültiges JSON (%1). Korrigieren Sie die Datei oder beginnen Sie eine neue.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The supported-upgrade list has an entry with the target &quot;%1&quot;, which is not a version like 23.2.4. Correct it.</source>
        <translation>Die Liste unterstützter Upgrades hat einen Eintrag mit dem Ziel „%1“, das keine Version wie 23.2.4 ist. Korrigieren Sie ihn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The supported-upgrade list names &quot;%1&quot; as an upgrade source of %2, which is not a version like 23.1 or 22.3.2. Correct it.</source>
        <translation>Die Liste unterstützter Upgrades nennt „%1“ als Upgrade-Quelle von %2; das ist keine Version wie 23.1 oder 22.3.2. Korrigieren Sie es.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the supported-upgrade list %1: %2. Check the path.</source>
        <translation>Die Liste unterstützter Upgrades %1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot save the supported-upgrade list %1: %2. Choose a folder you can write to.</source>
        <translation>Die Liste unterstützter Upgrades %1 kann nicht gespeichert werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>dr::ui::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="+35"/>
        <source>About Appliance DR Runbook</source>
        <translation>Über Appliance DR Runbook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appliance DR Runbook %1</source>
        <translation>Appliance DR Runbook %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guided disaster recovery and drills for BeyondTrust (formerly Bomgar) Remote Support and Privileged Remote Access appliances. The procedures follow the vendor&apos;s disaster-recovery guide.</source>
        <translation>Geführte Notfallwiederherstellung und Übungen für Appliances von BeyondTrust (ehemals Bomgar) Remote Support und Privileged Remote Access. Die Abläufe folgen dem Notfallwiederherstellungs-Leitfaden des Herstellers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Versions</source>
        <translation>&amp;Versionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licences</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;py versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the versions to the clipboard, for a support call or a bug report.</source>
        <translation>Die Versionen in die Zwischenablage kopieren, für einen Support-Anruf oder einen Fehlerbericht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Application:</source>
        <translation>Anwendung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenSSL:</source>
        <translation>OpenSSL:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available: certificate backups written by older exporters (RC2-40, 3DES) can be read.</source>
        <translation>Verfügbar: Zertifikats-Backups älterer Exportprogramme (RC2-40, 3DES) sind lesbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT available: certificate backups written by older exporters (RC2-40, 3DES) cannot be read. Install OpenSSL&apos;s legacy provider module or set OPENSSL_MODULES to its folder, then restart. (%1)</source>
        <translation>NICHT verfügbar: Zertifikats-Backups älterer Exportprogramme (RC2-40, 3DES) sind nicht lesbar. Installieren Sie das Legacy-Provider-Modul von OpenSSL oder setzen Sie OPENSSL_MODULES auf dessen Ordner und starten Sie neu. (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OpenSSL legacy provider:</source>
        <translation>OpenSSL-Legacy-Provider:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider modules:</source>
        <translation>Provider-Module:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporting a problem or calling support? &quot;Copy versions&quot; puts these lines on the clipboard.</source>
        <translation>Ein Problem melden oder den Support anrufen? „Versionen kopieren“ legt diese Zeilen in die Zwischenablage.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Licences and third-party notices</source>
        <translation>Lizenzen und Hinweise zu Drittsoftware</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;&lt;b&gt;Appliance DR Runbook&lt;/b&gt;&lt;br&gt;Copyright © 2026 the Appliance DR Runbook authors. The licence of the application is named in the LICENSE.txt file that comes with it.&lt;/p&gt;&lt;p&gt;BeyondTrust, Bomgar, Remote Support and Privileged Remote Access are trademarks of BeyondTrust Corporation. This application is not made or endorsed by BeyondTrust.&lt;/p&gt;&lt;h3&gt;Third-party software&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Qt %1&lt;/b&gt; (Core, Gui, Widgets, Network, PrintSupport), © The Qt Company Ltd. and other contributors, used under the GNU Lesser General Public License version 3 (LGPL-3.0). Qt&apos;s source code is available from &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;; you may replace the Qt libraries this application uses with your own build.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt;, © The OpenSSL Project Authors, used under the Apache License 2.0 (&lt;a href=&quot;https://www.openssl.org/source/license.html&quot;&gt;openssl.org/source/license.html&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt;, © Frank Osterfeld and contributors, used under the BSD 3-Clause License (&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;github.com/frankosterfeld/qtkeychain&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;The application&apos;s icon was drawn for this project.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Appliance DR Runbook&lt;/b&gt;&lt;br&gt;Copyright © 2026 die Autoren von Appliance DR Runbook. Die Lizenz der Anwendung ist in der mitgelieferten Datei LICENSE.txt genannt.&lt;/p&gt;&lt;p&gt;BeyondTrust, Bomgar, Remote Support und Privileged Remote Access sind Marken der BeyondTrust Corporation. Diese Anwendung stammt nicht von BeyondTrust und wird nicht von BeyondTrust unterstützt.&lt;/p&gt;&lt;h3&gt;Drittsoftware&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Qt %1&lt;/b&gt; (Core, Gui, Widgets, Network, PrintSupport), © The Qt Company Ltd. und weitere Mitwirkende, verwendet unter der GNU Lesser General Public License Version 3 (LGPL-3.0). Der Quellcode von Qt ist unter &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt; erhältlich; Sie dürfen die von dieser Anwendung verwendeten Qt-Bibliotheken durch einen eigenen Build ersetzen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt;, © The OpenSSL Project Authors, verwendet unter der Apache License 2.0 (&lt;a href=&quot;https://www.openssl.org/source/license.html&quot;&gt;openssl.org/source/license.html&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt;, © Frank Osterfeld und Mitwirkende, verwendet unter der BSD 3-Clause License (&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;github.com/frankosterfeld/qtkeychain&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Das Symbol der Anwendung wurde für dieses Projekt gezeichnet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dr::ui::ActionPage</name>
    <message>
        <location filename="../ui/ActionPage.cpp" line="+22"/>
        <source>&amp;Make it primary now</source>
        <translation>Jetzt zur &amp;primären machen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Change the role now</source>
        <translation>Rolle jetzt &amp;ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;This cannot be undone from here.&lt;/b&gt; %1&lt;br&gt;Role after the change: &lt;b&gt;%2&lt;/b&gt; on &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Dies lässt sich von hier aus nicht rückgängig machen.&lt;/b&gt; %1&lt;br&gt;Rolle nach der Änderung: &lt;b&gt;%2&lt;/b&gt; auf &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the appliance name to confirm</source>
        <translation>Zur Bestätigung den Namen der Appliance eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type %1 to confirm:</source>
        <translation>Zur Bestätigung %1 &amp;eingeben:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;Checks before the change:&lt;/b&gt; all passed just now.</source>
        <translation>&lt;b&gt;Prüfungen vor der Änderung:&lt;/b&gt; soeben alle bestanden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Not allowed yet:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Noch nicht erlaubt:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Changing the role of %1 … waiting for the appliance to answer.</source>
        <translation>Die Rolle von %1 wird geändert … warte auf Antwort der Appliance.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;Done.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Erledigt.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;The role was not changed.&lt;/b&gt; %1 Find out why (the dashboard shows each appliance&apos;s role), then confirm again, or skip the step and say why.</source>
        <translation>&lt;b&gt;Die Rolle wurde nicht geändert.&lt;/b&gt; %1 Finden Sie den Grund heraus (das Dashboard zeigt die Rolle jeder Appliance) und bestätigen Sie dann erneut, oder überspringen Sie den Schritt mit Begründung.</translation>
    </message>
</context>
<context>
    <name>dr::ui::BackupDownloadPanel</name>
    <message>
        <location filename="../ui/BackupDownloadPanel.cpp" line="+36"/>
        <source>Download a backup now from the appliance</source>
        <translation>Jetzt ein Backup von der Appliance herunterladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appliance address</source>
        <translation>Adresse der Appliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://support.example.com</source>
        <translation>https://support.example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to trust the appliance&apos;s certificate</source>
        <translation>Wie dem Zertifikat der Appliance vertraut wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAs trusted by this computer</source>
        <translation>CAs, denen dieser Computer vertraut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This CA certificate file</source>
        <translation>Diese CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exactly this certificate (SHA-256)</source>
        <translation>Genau dieses Zertifikat (SHA-256)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate file (PEM or DER)</source>
        <translation>CA-Zertifikatsdatei (PEM oder DER)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA certificate file</source>
        <translation>CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 fingerprint of the appliance&apos;s certificate</source>
        <translation>SHA-256-Fingerabdruck des Zertifikats der Appliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AB:CD:… (64 hex digits)</source>
        <translation>AB:CD:… (64 Hex-Ziffern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API client ID</source>
        <translation>API-Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API client secret</source>
        <translation>API-Client-Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: taken from the system keychain</source>
        <translation>leer: aus dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup password</source>
        <translation>Backup-Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the backup is not password-protected</source>
        <translation>leer: das Backup ist nicht passwortgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the typed client secret in the system keychain</source>
        <translation>Das eingegebene Client-Secret im Schlüsselbund des Systems &amp;behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the typed client secret in the system keychain after a successful download</source>
        <translation>Das eingegebene Client-Secret nach einem erfolgreichen Download im Schlüsselbund des Systems behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Download now</source>
        <translation>Jetzt &amp;herunterladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download a backup from the appliance now</source>
        <translation>Jetzt ein Backup von der Appliance herunterladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel download</source>
        <translation>Download a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the download; nothing is kept</source>
        <translation>Den Download abbrechen; nichts wird behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust the certificate the appliance presented</source>
        <translation>Dem Zertifikat vertrauen, das die Appliance vorgelegt hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Appliance &amp;URL:</source>
        <translation>Appliance-&amp;URL:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Trust:</source>
        <translation>&amp;Vertrauen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API c&amp;lient ID:</source>
        <translation>API-C&amp;lient-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup pass&amp;word:</source>
        <translation>Backup-Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The appliance URL cannot be used.</source>
        <translation>Die Appliance-URL ist nicht verwendbar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CA certificate file cannot be used.</source>
        <translation>Die CA-Zertifikatsdatei ist nicht verwendbar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The fingerprint is not a SHA-256.</source>
        <translation>Der Fingerabdruck ist keine SHA-256.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the 64 hexadecimal digits of the certificate&apos;s SHA-256 fingerprint (colons and spaces are allowed).</source>
        <translation>Geben Sie die 64 Hex-Ziffern des SHA-256-Fingerabdrucks des Zertifikats ein (Doppelpunkte und Leerzeichen sind erlaubt).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No backup folder.</source>
        <translation>Kein Backup-Ordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder the backups are kept in first.</source>
        <translation>Wählen Sie zuerst den Ordner, in dem die Backups liegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No API client ID.</source>
        <translation>Keine API-Client-ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the client ID of the API account (/login &gt; Management &gt; API Configuration).</source>
        <translation>Geben Sie die Client-ID des API-Kontos ein (/login &gt; Management &gt; API Configuration).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Looking up the client secret in the system keychain…</source>
        <translation>Client-Secret wird im Schlüsselbund des Systems gesucht …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the API client secret.</source>
        <translation>Geben Sie das API-Client-Secret ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain holds no secret for this client ID and appliance.</source>
        <translation>Der Schlüsselbund des Systems enthält kein Secret für diese Client-ID und Appliance.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>connecting…</source>
        <translation>verbinde …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading a backup from %1…</source>
        <translation>Backup wird von %1 heruntergeladen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file appears in the list only once it has arrived whole.</source>
        <translation>Die Datei erscheint erst in der Liste, wenn sie vollständig angekommen ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+27"/>
        <source>Download cancelled.</source>
        <translation>Download abgebrochen.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Downloaded %1 (%2).</source>
        <translation>%1 heruntergeladen (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 %1, written beside it as %2.</source>
        <translation>SHA-256 %1, daneben als %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was kept: no partial file is left in the folder.</source>
        <translation>Es wurde nichts behalten: Im Ordner bleibt keine Teildatei zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup could not be downloaded.</source>
        <translation>Das Backup konnte nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was kept under the backup&apos;s name.</source>
        <translation>Unter dem Namen des Backups wurde nichts behalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trust this certificate: SHA-256 %1</source>
        <translation>Diesem Zertifikat ver&amp;trauen: SHA-256 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if it is the fingerprint the appliance shows in /appliance &gt; Security &gt; Certificates. Subject: %1</source>
        <translation>Nur wenn es der Fingerabdruck ist, den die Appliance unter /appliance &gt; Security &gt; Certificates zeigt. Subject: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The client secret is now in the system keychain.</source>
        <translation>Das Client-Secret liegt jetzt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client secret was not kept: %1</source>
        <translation>Das Client-Secret wurde nicht behalten: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The appliance&apos;s certificate is now pinned.</source>
        <translation>Das Zertifikat der Appliance ist jetzt hinterlegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the certificate with SHA-256 %1 is accepted. Press Download now again.</source>
        <translation>Nur das Zertifikat mit SHA-256 %1 wird akzeptiert. Drücken Sie erneut „Jetzt herunterladen“.</translation>
    </message>
</context>
<context>
    <name>dr::ui::BackupListModel</name>
    <message numerus="yes">
        <location filename="../ui/BackupListModel.cpp" line="+97"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>less than an hour</source>
        <translation>weniger als eine Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STALE: %1</source>
        <translation>VERALTET: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not verified yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verifying…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified %1…</source>
        <translation>geprüft %1 …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DAMAGED: SHA-256 differs</source>
        <translation>BESCHÄDIGT: SHA-256 weicht ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no .sha256 file</source>
        <translation>keine .sha256-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UNREADABLE</source>
        <translation>NICHT LESBAR</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>type a target version</source>
        <translation>Zielversion eingeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK: same version</source>
        <translation>OK: gleiche Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK: supported upgrade</source>
        <translation>OK: unterstütztes Upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RISK: upgrade not listed</source>
        <translation>RISIKO: Upgrade nicht aufgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NO: newer than the target</source>
        <translation>NEIN: neuer als das Ziel</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Backup file</source>
        <translation>Backup-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore onto target</source>
        <translation>Auf Ziel wiederherstellen</translation>
    </message>
</context>
<context>
    <name>dr::ui::BackupManager</name>
    <message>
        <location filename="../ui/BackupManager.cpp" line="+27"/>
        <source>Backups (.nsb)</source>
        <translation>Backups (.nsb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup manager</source>
        <translation>Backup-Verwaltung</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+129"/>
        <source>Backup folder</source>
        <translation>Backup-Ordner</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>&amp;Browse…</source>
        <translation>Durchsu&amp;chen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup folder</source>
        <translation>Backup-Ordner wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the folder again</source>
        <translation>Den Ordner neu auflisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version of the site the backup will be restored onto</source>
        <translation>Version der Site, auf der das Backup wiederhergestellt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 23.2.4 (/login &gt; Status)</source>
        <translation>z. B. 23.2.4 (/login &gt; Status)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A backup older than this many days is stale</source>
        <translation>Ein Backup, das älter als so viele Tage ist, ist veraltet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backups in the folder</source>
        <translation>Backups im Ordner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Verify again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash every backup again and compare with its .sha256 file</source>
        <translation>Jedes Backup neu hashen und mit seiner .sha256-Datei vergleichen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Backup &amp;folder:</source>
        <translation>Backup-&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore onto &amp;version:</source>
        <translation>Wiederherstellen auf Ve&amp;rsion:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Stale after:</source>
        <translation>&amp;Veraltet nach:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not a version: type it as X.Y or X.Y.Z, e.g. 23.2.4</source>
        <translation>Keine Version: Geben Sie sie als X.Y oder X.Y.Z ein, z. B. 23.2.4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the folder your /login backups are kept in.</source>
        <translation>Wählen Sie den Ordner, in dem Ihre /login-Backups liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path, or that the network share is mounted.</source>
        <translation>Prüfen Sie den Pfad oder ob die Netzwerkfreigabe eingehängt ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No backup in this folder.</source>
        <translation>Kein Backup in diesem Ordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download one now (below) and keep downloading them on a schedule.</source>
        <translation>Laden Sie jetzt eines herunter (unten) und laden Sie sie weiterhin nach Zeitplan herunter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The newest backup is stale (%1 old).</source>
        <translation>Das neueste Backup ist veraltet (%1 alt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a backup now, and before every upgrade.</source>
        <translation>Laden Sie jetzt ein Backup herunter, und vor jedem Upgrade.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n backup(s) are damaged.</source>
        <translation>
            <numerusform>%n Backup ist beschädigt.</numerusform>
            <numerusform>%n Backups sind beschädigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not restore them; download a fresh backup.</source>
        <translation>Nicht wiederherstellen; laden Sie ein frisches Backup herunter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest backup is %1 old.</source>
        <translation>Das neueste Backup ist %1 alt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SHA-256: no .sha256 file</source>
        <translation>SHA-256: keine .sha256-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 (from the .sha256 file): %1</source>
        <translation>SHA-256 (aus der .sha256-Datei): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::CertComparePanel</name>
    <message>
        <location filename="../ui/CertComparePanel.cpp" line="+17"/>
        <source>Compare with the appliance</source>
        <translation>Mit der Appliance vergleichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appliance address to connect to</source>
        <translation>Adresse der Appliance für die Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support.example.com or 192.0.2.10</source>
        <translation>support.example.com oder 192.0.2.10</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTPS port</source>
        <translation>HTTPS-Port</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name sent to the appliance (SNI)</source>
        <translation>An die Appliance gesendeter Name (SNI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the appliance&apos;s FQDN</source>
        <translation>der FQDN der Appliance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seconds to wait for the appliance</source>
        <translation>Wartezeit auf die Appliance in Sekunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpare with appliance</source>
        <translation>&amp;Mit Appliance vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the appliance and compare its certificate with the backup</source>
        <translation>Mit der Appliance verbinden und ihr Zertifikat mit dem Backup vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel comparison</source>
        <translation>Vergleich abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop connecting to the appliance</source>
        <translation>Verbindungsaufbau zur Appliance abbrechen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appliance &amp;address:</source>
        <translation>Appliance-&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name sent (SNI):</source>
        <translation>Gesendeter &amp;Name (SNI):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Wait at most:</source>
        <translation>&amp;Höchstens warten:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Connecting to %1:%2…</source>
        <translation>Verbindung zu %1:%2 wird aufgebaut …</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Waiting at most %n second(s) for the TLS handshake.</source>
        <translation>
            <numerusform>Warte höchstens %n Sekunde auf den TLS-Handshake.</numerusform>
            <numerusform>Warte höchstens %n Sekunden auf den TLS-Handshake.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comparison cancelled.</source>
        <translation>Vergleich abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was compared. Press &quot;Compare with appliance&quot; to try again.</source>
        <translation>Es wurde nichts verglichen. Drücken Sie „Mit Appliance vergleichen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The appliance serves the certificate of this backup.</source>
        <translation>Die Appliance liefert das Zertifikat dieses Backups aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The right certificate, but the appliance does not serve its whole chain.</source>
        <translation>Das richtige Zertifikat, aber die Appliance liefert nicht die ganze Kette aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The appliance serves a DIFFERENT certificate.</source>
        <translation>Die Appliance liefert ein ANDERES Zertifikat aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not compare.</source>
        <translation>Vergleich nicht möglich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Served over %1 to the name %2:</source>
        <translation>Ausgeliefert über %1 an den Namen %2:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. %2, issued by %3, SHA-256 %4</source>
        <translation>%1. %2, ausgestellt von %3, SHA-256 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer trusts the served chain for %1.</source>
        <translation>Dieser Computer vertraut der ausgelieferten Kette für %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer would NOT trust the served chain for %1 (browsers would warn):</source>
        <translation>Dieser Computer würde der ausgelieferten Kette für %1 NICHT vertrauen (Browser würden warnen):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open a certificate backup that holds the appliance&apos;s certificate first.</source>
        <translation>Öffnen Sie zuerst ein Zertifikats-Backup, das das Zertifikat der Appliance enthält.</translation>
    </message>
</context>
<context>
    <name>dr::ui::CertExportDialog</name>
    <message>
        <location filename="../ui/CertExportDialog.cpp" line="+22"/>
        <source>Export the certificate backup</source>
        <translation>Zertifikats-Backup exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 (.p12), AES-256 - recommended</source>
        <translation>PKCS#12 (.p12), AES-256 - empfohlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 (.p12), legacy 3DES/SHA-1 - INSECURE, only for old targets</source>
        <translation>PKCS#12 (.p12), Legacy 3DES/SHA-1 - UNSICHER, nur für alte Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificate chain (no private key)</source>
        <translation>PEM-Zertifikatskette (ohne privaten Schlüssel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file to write</source>
        <translation>Zu schreibende Datei wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legacy 3DES with a SHA-1 integrity check is weak. Use it only for a target that cannot read AES-256 files, and keep the file safe.</source>
        <translation>Legacy-3DES mit SHA-1-Integritätsprüfung ist schwach. Verwenden Sie es nur für ein Ziel, das keine AES-256-Dateien lesen kann, und bewahren Sie die Datei sicher auf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the file</source>
        <translation>Datei schreiben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;passphrase:</source>
        <translation>Neue &amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a certificate backup first.</source>
        <translation>Öffnen Sie zuerst ein Zertifikats-Backup.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup has no private key that belongs to its certificate: only the PEM chain can be exported.</source>
        <translation>Dieses Backup hat keinen privaten Schlüssel, der zu seinem Zertifikat gehört: Nur die PEM-Kette kann exportiert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a new passphrase for the file.</source>
        <translation>Geben Sie eine neue Passphrase für die Datei ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a new file name: an existing file is never replaced.</source>
        <translation>Wählen Sie einen neuen Dateinamen: Eine vorhandene Datei wird nie ersetzt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate chain, without the private key.</source>
        <translation>Die Zertifikatskette, ohne den privaten Schlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate, its chain and the private key, under the new passphrase. Keep the passphrase with the site&apos;s secrets.</source>
        <translation>Das Zertifikat, seine Kette und der private Schlüssel, unter der neuen Passphrase. Bewahren Sie die Passphrase bei den Geheimnissen der Site auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written to %1.</source>
        <translation>Nach %1 wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>dr::ui::CertLoad</name>
    <message>
        <location filename="../ui/CertLoad.cpp" line="+51"/>
        <source>Wrong password for this certificate backup</source>
        <translation>Falsches Passwort für dieses Zertifikats-Backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old encryption: OpenSSL&apos;s legacy provider is not available</source>
        <translation>Alte Verschlüsselung: Der Legacy-Provider von OpenSSL ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate backup is damaged or truncated</source>
        <translation>Das Zertifikats-Backup ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a PKCS#12 (.p12/.pfx) certificate backup</source>
        <translation>Dies ist kein PKCS#12-Zertifikats-Backup (.p12/.pfx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a Java keystore (JKS), not a PKCS#12 file</source>
        <translation>Dies ist ein Java-Keystore (JKS), keine PKCS#12-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file uses encryption this OpenSSL cannot decrypt</source>
        <translation>Die Datei verwendet eine Verschlüsselung, die dieses OpenSSL nicht entschlüsseln kann</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The file holds only CA certificates (%n certificate(s)), no appliance certificate.</source>
        <translation>
            <numerusform>Die Datei enthält nur CA-Zertifikate (%n Zertifikat), kein Appliance-Zertifikat.</numerusform>
            <numerusform>Die Datei enthält nur CA-Zertifikate (%n Zertifikate), kein Appliance-Zertifikat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A self-signed certificate for %1 (Issued To = Issued By).</source>
        <translation>Ein selbstsigniertes Zertifikat für %1 (Issued To = Issued By).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n intermediate certificate(s)</source>
        <translation>
            <numerusform>%n Zwischenzertifikat</numerusform>
            <numerusform>%n Zwischenzertifikaten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the root certificate</source>
        <translation>das Root-Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CA-signed certificate for %1, issued by %2, without its CA certificates.</source>
        <translation>Ein von einer CA signiertes Zertifikat für %1, ausgestellt von %2, ohne seine CA-Zertifikate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CA-signed certificate for %1, issued by %2, with %3.</source>
        <translation>Ein von einer CA signiertes Zertifikat für %1, ausgestellt von %2, mit %3.</translation>
    </message>
</context>
<context>
    <name>dr::ui::CertNotice</name>
    <message>
        <location filename="../ui/CertNotice.cpp" line="+38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OK:</source>
        <translation>OK:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working:</source>
        <translation>In Arbeit:</translation>
    </message>
</context>
<context>
    <name>dr::ui::CertReportView</name>
    <message>
        <location filename="../ui/CertReportView.cpp" line="+30"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate check results</source>
        <translation>Ergebnisse der Zertifikatsprüfung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a certificate backup (.p12 or .pfx), type its password and press &quot;Open and check&quot;.</source>
        <translation>Wählen Sie ein Zertifikats-Backup (.p12 oder .pfx), geben Sie sein Passwort ein und drücken Sie „Öffnen und prüfen“.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What the file holds</source>
        <translation>Was die Datei enthält</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+74"/>
        <source>Private Key?</source>
        <translation>Private Key?</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Key matches the certificate:</source>
        <translation>Schlüssel passt zum Zertifikat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete (every intermediate and the root are in the file)</source>
        <translation>Vollständig (alle Zwischenzertifikate und die Root sind in der Datei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete: &quot;%1&quot; is missing</source>
        <translation>Unvollständig: „%1“ fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain:</source>
        <translation>Kette:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked: type the appliance&apos;s FQDN above</source>
        <translation>Nicht geprüft: Geben Sie oben den FQDN der Appliance ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 matches the Alternative Names</source>
        <translation>%1 passt zu den Alternative Names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does NOT match the Alternative Names</source>
        <translation>%1 passt NICHT zu den Alternative Names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance FQDN:</source>
        <translation>FQDN der Appliance:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; integrity MAC %1</source>
        <translation>; Integritäts-MAC %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (legacy, weak)</source>
        <translation> (Legacy, schwach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File protection:</source>
        <translation>Dateischutz:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems and what to do</source>
        <translation>Probleme und was zu tun ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None found.</source>
        <translation>Keine gefunden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 bis %2 (UTC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> - NOT YET VALID</source>
        <translation> - NOCH NICHT GÜLTIG</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> - EXPIRED %n day(s) ago</source>
        <translation>
            <numerusform> - seit %n Tag ABGELAUFEN</numerusform>
            <numerusform> - seit %n Tagen ABGELAUFEN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> - %n day(s) left</source>
        <translation>
            <numerusform> - noch %n Tag</numerusform>
            <numerusform> - noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (not part of the chain)</source>
        <translation> (nicht Teil der Kette)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Issued To:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued By:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative Names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2 bits</source>
        <translation>%1, %2 Bit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> - WEAK</source>
        <translation> - SCHWACH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> - WEAK (SHA-1)</source>
        <translation> - SCHWACH (SHA-1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Missing from the file</source>
        <translation>Fehlt in der Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The issuer &quot;%1&quot; is not in the file. Export the certificate again with its whole chain, or get this CA certificate from the CA and add it.</source>
        <translation>Der Aussteller „%1“ ist nicht in der Datei. Exportieren Sie das Zertifikat erneut mit der ganzen Kette, oder besorgen Sie dieses CA-Zertifikat bei der CA und fügen Sie es hinzu.</translation>
    </message>
</context>
<context>
    <name>dr::ui::CertificateInspector</name>
    <message>
        <location filename="../ui/CertificateInspector.cpp" line="+26"/>
        <location line="+1"/>
        <source>Certificate inspector</source>
        <translation>Zertifikatsprüfung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate backup file</source>
        <translation>Zertifikats-Backup-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .p12 or .pfx exported from /appliance &gt; Security &gt; Certificates</source>
        <translation>die unter /appliance &gt; Security &gt; Certificates exportierte .p12 oder .pfx</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the certificate backup file</source>
        <translation>Zertifikats-Backup-Datei wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password of the certificate backup</source>
        <translation>Passwort des Zertifikats-Backups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrase given when the certificate was exported</source>
        <translation>die beim Export des Zertifikats angegebene Passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appliance FQDN to check</source>
        <translation>Zu prüfender FQDN der Appliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support.example.com</source>
        <translation>support.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warn when a certificate expires within this many days</source>
        <translation>Warnen, wenn ein Zertifikat innerhalb so vieler Tage abläuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open and check</source>
        <translation>Ö&amp;ffnen und prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the certificate backup and check it</source>
        <translation>Das Zertifikats-Backup öffnen und prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel opening</source>
        <translation>Öffnen abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop opening the certificate backup</source>
        <translation>Das Öffnen des Zertifikats-Backups abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate backup</source>
        <translation>Zertifikats-Backup</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Warn within:</source>
        <translation>Warnen &amp;innerhalb von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance FQ&amp;DN:</source>
        <translation>FQDN der Applian&amp;ce:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the certificate backup to a new file</source>
        <translation>Das Zertifikats-Backup in eine neue Datei exportieren</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Open a certificate backup</source>
        <translation>Zertifikats-Backup öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 certificate backups (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Zertifikats-Backups (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No file chosen.</source>
        <translation>Keine Datei gewählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the path of the .p12/.pfx file or press Browse.</source>
        <translation>Geben Sie den Pfad der .p12/.pfx-Datei ein oder drücken Sie „Durchsuchen“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening and checking %1…</source>
        <translation>%1 wird geöffnet und geprüft …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deriving the key from the password can take a few seconds.</source>
        <translation>Das Ableiten des Schlüssels aus dem Passwort kann einige Sekunden dauern.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening cancelled.</source>
        <translation>Öffnen abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was opened. Press &quot;Open and check&quot; to try again.</source>
        <translation>Es wurde nichts geöffnet. Drücken Sie „Öffnen und prüfen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing to show: the file could not be opened (see above).</source>
        <translation>Nichts anzuzeigen: Die Datei ließ sich nicht öffnen (siehe oben).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is protected by a password.</source>
        <translation>Diese Datei ist passwortgeschützt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the password it was exported with and press Open and check.</source>
        <translation>Geben Sie das Passwort ein, mit dem sie exportiert wurde, und drücken Sie „Öffnen und prüfen“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is fit to restore onto the appliance.</source>
        <translation>%1 kann auf der Appliance wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the appliance&apos;s FQDN to check its Alternative Names too.</source>
        <translation>Geben Sie den FQDN der Appliance ein, um auch ihre Alternative Names zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 will not restore as it should: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>%1 lässt sich nicht richtig wiederherstellen: zuerst %n Problem beheben.</numerusform>
            <numerusform>%1 lässt sich nicht richtig wiederherstellen: zuerst %n Probleme beheben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>See &quot;Problems and what to do&quot; below.</source>
        <translation>Siehe „Probleme und was zu tun ist“ unten.</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%1 can be restored, with %n warning(s).</source>
        <translation>
            <numerusform>%1 kann wiederhergestellt werden, mit %n Warnung.</numerusform>
            <numerusform>%1 kann wiederhergestellt werden, mit %n Warnungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::CheckPage</name>
    <message>
        <location filename="../ui/CheckPage.cpp" line="+27"/>
        <source>&amp;Run the check</source>
        <translation>Prüfung aus&amp;führen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check in progress</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evidence of each attempt</source>
        <translation>Nachweis jedes Versuchs</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Checking … attempt 1 of %1</source>
        <translation>Prüfe … Versuch 1 von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not run.</source>
        <translation>Nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attempt %1 of %2 did not pass; trying again in %3 s …</source>
        <translation>Versuch %1 von %2 nicht bestanden; neuer Versuch in %3 s …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt %1 of %2 did not pass; trying again …</source>
        <translation>Versuch %1 von %2 nicht bestanden; neuer Versuch …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Passed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Bestanden.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Did not pass.&lt;/b&gt; %1 The next step depends on this result: continue with Next, or Retry.</source>
        <translation>&lt;b&gt;Nicht bestanden.&lt;/b&gt; %1 Der nächste Schritt hängt von diesem Ergebnis ab: Fahren Sie mit „Weiter“ fort oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&lt;b&gt;Did not pass.&lt;/b&gt; %1 Put it right and Retry, or skip the step and say why.</source>
        <translation>&lt;b&gt;Nicht bestanden.&lt;/b&gt; %1 Beheben Sie die Ursache und versuchen Sie es erneut, oder überspringen Sie den Schritt mit Begründung.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>did not pass</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not be made</source>
        <translation>konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempt %1 (%2): %3 — %4</source>
        <translation>Versuch %1 (%2): %3 — %4</translation>
    </message>
</context>
<context>
    <name>dr::ui::ConfirmPage</name>
    <message>
        <location filename="../ui/ConfirmPage.cpp" line="+10"/>
        <source>&amp;Done: I have done this</source>
        <translation>&amp;Erledigt: Das habe ich getan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::DashboardModel</name>
    <message>
        <location filename="../ui/DashboardModel.cpp" line="+74"/>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>UNKNOWN: not read</source>
        <translation>UNBEKANNT: nicht gelesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WRONG NAME: %1</source>
        <translation>FALSCHER NAME: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued to %1, not %2.</source>
        <translation>Ausgestellt für %1, nicht %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MISMATCH with the backup</source>
        <translation>ABWEICHUNG vom Backup</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>EXPIRED %n day(s) ago</source>
        <translation>
            <numerusform>seit %n Tag ABGELAUFEN</numerusform>
            <numerusform>seit %n Tagen ABGELAUFEN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>OK: %n day(s) left</source>
        <translation>
            <numerusform>OK: noch %n Tag</numerusform>
            <numerusform>OK: noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>UNKNOWN: no folder</source>
        <translation>UNBEKANNT: kein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NO BACKUP</source>
        <translation>KEIN BACKUP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>STALE: %1</source>
        <translation>VERALTET: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Older than %n day(s): download a backup now and check that the scheduled backup still runs.</source>
        <translation>
            <numerusform>Älter als %n Tag: Laden Sie jetzt ein Backup herunter und prüfen Sie, ob das geplante Backup noch läuft.</numerusform>
            <numerusform>Älter als %n Tage: Laden Sie jetzt ein Backup herunter und prüfen Sie, ob das geplante Backup noch läuft.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not answering: down</source>
        <translation>Antwortet nicht: ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answering: timeout</source>
        <translation>Antwortet nicht: Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answering: TLS</source>
        <translation>Antwortet nicht: TLS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not answering: error</source>
        <translation>Antwortet nicht: Fehler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking…</source>
        <translation>Prüfe …</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data sync</source>
        <translation>Datensync</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+32"/>
        <location line="+42"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Issued to %1, valid until %2 UTC.
SHA-256 %3</source>
        <translation>Ausgestellt für %1, gültig bis %2 UTC.
SHA-256 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the site&apos;s certificate from the certificate backup (/appliance &gt; Security &gt; Certificates).</source>
        <translation>Stellen Sie das Zertifikat der Site aus dem Zertifikats-Backup wieder her (/appliance &gt; Security &gt; Certificates).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate backup has SHA-256 %1. Import the backup&apos;s .p12 on this appliance, or record the new certificate&apos;s fingerprint in the site profile.</source>
        <translation>Das Zertifikats-Backup hat SHA-256 %1. Importieren Sie die .p12 des Backups auf dieser Appliance oder erfassen Sie den Fingerabdruck des neuen Zertifikats im Site-Profil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Renew the certificate now: clients refuse to connect.</source>
        <translation>Erneuern Sie das Zertifikat jetzt: Clients verweigern die Verbindung.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>EXPIRES SOON: %n day(s)</source>
        <translation>
            <numerusform>LÄUFT BALD AB: %n Tag</numerusform>
            <numerusform>LÄUFT BALD AB: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew the certificate and export a new certificate backup.</source>
        <translation>Erneuern Sie das Zertifikat und exportieren Sie ein neues Zertifikats-Backup.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backup folder set</source>
        <translation>Kein Backup-Ordner festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the site&apos;s backup folder in the site profile to see the age of its last backup.</source>
        <translation>Legen Sie den Backup-Ordner der Site im Site-Profil fest, um das Alter des letzten Backups zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No .nsb backup in %1. Download one now (Prepare &gt; Backups) and schedule drrunbook-cli backup.</source>
        <translation>Kein .nsb-Backup in %1. Laden Sie jetzt eines herunter (Vorbereiten &gt; Backups) und planen Sie drrunbook-cli backup ein.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1
in %2 (%n backup(s) there)</source>
        <translation>
            <numerusform>%1
in %2 (dort %n Backup)</numerusform>
            <numerusform>%1
in %2 (dort %n Backups)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refused: API account</source>
        <translation>Abgelehnt: API-Konto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not asked</source>
        <translation>Nicht abgefragt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UNHEALTHY</source>
        <translation>FEHLERHAFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No failover</source>
        <translation>Kein Failover</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup</source>
        <translation>Letztes Backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
</context>
<context>
    <name>dr::ui::DrillBanner</name>
    <message>
        <location filename="../ui/DrillBanner.cpp" line="+16"/>
        <source>Drill mode</source>
        <translation>Übungsmodus</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>DRILL: simulated appliances in the built-in lab. Nothing real is changed.</source>
        <translation>ÜBUNG: simulierte Appliances im eingebauten Labor. Nichts Echtes wird verändert.</translation>
    </message>
</context>
<context>
    <name>dr::ui::DrillSession</name>
    <message>
        <location filename="../ui/DrillSession.cpp" line="+18"/>
        <source>The drill lab could not start: %1</source>
        <translation>Das Übungslabor konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::FinishPage</name>
    <message>
        <location filename="../ui/FinishPage.cpp" line="+19"/>
        <source>The scenario is complete</source>
        <translation>Das Szenario ist abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The run was stopped</source>
        <translation>Der Durchlauf wurde beendet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;p&gt;Outcome: &lt;b&gt;%1&lt;/b&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ergebnis: &lt;b&gt;%1&lt;/b&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Total time: &lt;b&gt;%1&lt;/b&gt;. Steps done: %2. Steps skipped with a reason: %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gesamtdauer: &lt;b&gt;%1&lt;/b&gt;. Erledigte Schritte: %2. Mit Begründung übersprungene Schritte: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Everything that happened is in the journal:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alles, was geschehen ist, steht im Protokoll:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dr::ui::IncidentComposerDialog</name>
    <message>
        <location filename="../ui/IncidentComposerDialog.cpp" line="+55"/>
        <source>Incident email to vendor support</source>
        <translation>Incident-E-Mail an den Hersteller-Support</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What the guide asks for</source>
        <translation>Was der Leitfaden verlangt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Incident number (follow-ups only):</source>
        <translation>&amp;Incident-Nummer (nur Nachmeldungen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 40100; empty for a new incident</source>
        <translation>z. B. 40100; leer für einen neuen Incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary (subject):</source>
        <translation>&amp;Zusammenfassung (Betreff):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support region</source>
        <translation>Support-Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General (Americas)</source>
        <translation>Allgemein (Amerika)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EMEA</source>
        <translation>EMEA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>APAC</source>
        <translation>APAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inquirer&apos;s &amp;name:</source>
        <translation>&amp;Name der anfragenden Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product &amp;version:</source>
        <translation>Produkt&amp;version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Error messages:</source>
        <translation>&amp;Fehlermeldungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps to &amp;reproduce:</source>
        <translation>Schritte zum &amp;Reproduzieren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions taken prior:</source>
        <translation>Vorher durchgeführte &amp;Aktionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Changes made:</source>
        <translation>Vorgenommene Än&amp;derungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to the product, the network environment or the workstations involved</source>
        <translation>Änderungen am Produkt, an der Netzwerkumgebung oder an den betroffenen Arbeitsplätzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;long has it lasted:</source>
        <translation>&amp;Wie lange schon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating s&amp;ystem:</source>
        <translation>&amp;Betriebssystem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>if software-related</source>
        <translation>bei Softwareproblemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server ro&amp;les:</source>
        <translation>Serverro&amp;llen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the support &amp;supervisor</source>
        <translation>&amp;Support-Supervisor in Kopie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the support &amp;manager</source>
        <translation>Support-&amp;Manager in Kopie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add...</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Log &amp;files</source>
        <translation>&amp;Protokolldateien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logs (*.log *.txt *.zip *.gz);;All (*)</source>
        <translation>Protokolle (*.log *.txt *.zip *.gz);;Alle (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen s&amp;hots</source>
        <translation>Screens&amp;hots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg);;All (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alle (*)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>a one-line summary for the subject</source>
        <translation>eine einzeilige Zusammenfassung für den Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the inquirer&apos;s name</source>
        <translation>der Name der anfragenden Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the organization</source>
        <translation>die Organisation</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Filled in from the run %1 (%2). Check every field before sending.</source>
        <translation>Aus dem Durchlauf %1 (%2) ausgefüllt. Prüfen Sie vor dem Senden jedes Feld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal is damaged (%1): the run may be incomplete.</source>
        <translation>Das Protokoll ist beschädigt (%1): Der Durchlauf ist möglicherweise unvollständig.</translation>
    </message>
</context>
<context>
    <name>dr::ui::LabPanel</name>
    <message>
        <location filename="../ui/LabPanel.cpp" line="+73"/>
        <source>Lab appliance</source>
        <translation>Labor-Appliance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fault to inject</source>
        <translation>Einzuspeisender Fehler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Power o&amp;n</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Power on the selected lab appliance</source>
        <translation>Die gewählte Labor-Appliance einschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inject fault</source>
        <translation>Fehler e&amp;inspeisen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inject the chosen fault into the selected lab appliance</source>
        <translation>Den gewählten Fehler in die gewählte Labor-Appliance einspeisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear faults</source>
        <translation>Fehler &amp;löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear every fault of the selected lab appliance</source>
        <translation>Alle Fehler der gewählten Labor-Appliance löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was powered on.</source>
        <translation>%1 wurde eingeschaltet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Appliance:</source>
        <translation>A&amp;ppliance:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>S&amp;wing DNS to the selected appliance</source>
        <translation>DNS auf die ge&amp;wählte Appliance umschalten</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Drill faults (one click)</source>
        <translation>Übungsfehler (ein Klick)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo the drill faults</source>
        <translation>Übungsfehler zurücknehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the drill faults: the backup&apos;s connectivity test answers again and DNS can be swung</source>
        <translation>Übungsfehler zurücknehmen: Der Konnektivitätstest der Backup-Appliance antwortet wieder und DNS kann umgeschaltet werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What happens to one appliance</source>
        <translation>Was mit einer Appliance geschieht</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Fault:</source>
        <translation>&amp;Fehler:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Web-interface steps the lab plays for you</source>
        <translation>Schritte in der Weboberfläche, die das Labor für Sie ausführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/login &gt; Management &gt; Failover: &amp;Sync Now</source>
        <translation>/login &gt; Management &gt; Failover: &amp;Sync Now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play Sync Now on the selected backup appliance</source>
        <translation>„Sync Now“ auf der gewählten Backup-Appliance ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point the site&apos;s DNS name at the selected appliance</source>
        <translation>Den DNS-Namen der Site auf die gewählte Appliance zeigen lassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync Now was clicked on %1.</source>
        <translation>Auf %1 wurde „Sync Now“ geklickt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The DNS record was changed to %1, but the site&apos;s name still resolves to the old primary (%2): drill fault.</source>
        <translation>Der DNS-Eintrag wurde auf %1 geändert, aber der Name der Site löst noch auf die alte primäre Appliance auf (%2): Übungsfehler.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site&apos;s DNS name now points at %1.</source>
        <translation>Der DNS-Name der Site zeigt jetzt auf %1.</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Nothing injected yet.</source>
        <translation>Noch nichts eingespeist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last drill event</source>
        <translation>Letztes Übungsereignis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Drill lab&lt;/b&gt;</source>
        <translation>&lt;b&gt;Übungslabor&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>dr::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+52"/>
        <source>Appliance DR Runbook</source>
        <translation>Appliance DR Runbook</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Something is &amp;down</source>
        <translation>Etwas ist a&amp;usgefallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few questions pick the recovery guide for what failed.</source>
        <translation>Wenige Fragen wählen den Wiederherstellungsleitfaden für das, was ausgefallen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a dri&amp;ll</source>
        <translation>Ü&amp;bung durchführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearse a scenario against simulated appliances.</source>
        <translation>Ein Szenario mit simulierten Appliances proben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/MainWindowMenus.cpp" line="+44"/>
        <source>&amp;Prepare</source>
        <translation>&amp;Vorbereiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups, certificates and settings to keep before a disaster.</source>
        <translation>Backups, Zertifikate und Einstellungen, die vor einem Notfall gesichert sein müssen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No site is configured yet. Run a drill to see the simulated appliances here.</source>
        <translation>Es ist noch keine Site eingerichtet. Führen Sie eine Übung durch, um hier die simulierten Appliances zu sehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../ui/MainWindowDrill.cpp" line="+44"/>
        <source>Unknown drill topology</source>
        <translation>Unbekannte Übungstopologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/MainWindowDrill.cpp" line="+1"/>
        <source>&apos;%1&apos; is not a drill topology. Use single, pair or atlas.</source>
        <translation>„%1“ ist keine Übungstopologie. Verwenden Sie single, pair oder atlas.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>drrunbook is incomplete</source>
        <translation>drrunbook ist unvollständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Reinstall drrunbook; meanwhile use the printed checklists.</source>
        <translation>%1 Installieren Sie drrunbook neu; nutzen Sie bis dahin die gedruckten Checklisten.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDrill.cpp" line="+8"/>
        <source>The drill cannot start</source>
        <translation>Die Übung kann nicht starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status of the drill lab&apos;s appliances</source>
        <translation>Status der Appliances des Übungslabors</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Drill lab controls</source>
        <translation>Steuerung des Übungslabors</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-36"/>
        <location filename="../ui/MainWindowDrill.cpp" line="+14"/>
        <source>DRILL — Appliance DR Runbook</source>
        <translation>ÜBUNG — Appliance DR Runbook</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDrill.cpp" line="+3"/>
        <source>Drill lab started. Simulated appliances: %1</source>
        <translation>Übungslabor gestartet. Simulierte Appliances: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+2"/>
        <location line="+1"/>
        <source>Starting the drill lab…</source>
        <translation>Übungslabor wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDrill.cpp" line="+86"/>
        <source>The guide cannot open</source>
        <translation>Der Leitfaden lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario &quot;%1&quot; could not be loaded (%2). Use the printed checklist meanwhile and report this.</source>
        <translation>Das Szenario „%1“ konnte nicht geladen werden (%2). Verwenden Sie so lange die gedruckte Checkliste und melden Sie den Fehler.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The run cannot start</source>
        <translation>Der Durchlauf kann nicht starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Check that %2 is writable, or choose another folder.</source>
        <translation>%1 Prüfen Sie, ob %2 beschreibbar ist, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opened: %1</source>
        <translation>Geöffnet: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>The run cannot be resumed</source>
        <translation>Der Durchlauf kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 is a run of &quot;%2&quot;, which this version does not have. Continue it with the printed checklist.</source>
        <translation>%1 ist ein Durchlauf von „%2“, das es in dieser Version nicht gibt. Setzen Sie ihn mit der gedruckten Checkliste fort.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="-14"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New site…</source>
        <translation>&amp;Neue Site …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recovery</source>
        <translation>&amp;Wiederherstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something is &amp;down…</source>
        <translation>Etwas ist a&amp;usgefallen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run a dri&amp;ll…</source>
        <translation>Ü&amp;bung durchführen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prepare &amp;checklist (guided)…</source>
        <translation>&amp;Checkliste Vorbereitung (geführt) …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site &amp;profiles</source>
        <translation>Site-&amp;Profile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ites</source>
        <translation>S&amp;ites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh the status</source>
        <translation>Status a&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+122"/>
        <source>Si&amp;tes</source>
        <translation>Si&amp;tes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSites.cpp" line="+35"/>
        <source>Add a site profile</source>
        <translation>Site-Profil hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site profiles (*.json);;All files (*)</source>
        <translation>Site-Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+18"/>
        <source>No site is configured yet: Sites &gt; New site… records one. Run a drill to see simulated appliances here.</source>
        <translation>Es ist noch keine Site eingerichtet: Sites &gt; Neue Site … legt eine an. Führen Sie eine Übung durch, um hier simulierte Appliances zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a site (Sites tab) to see its appliances here, or run a drill.</source>
        <translation>Öffnen Sie eine Site (Reiter Sites), um hier ihre Appliances zu sehen, oder führen Sie eine Übung durch.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSites.cpp" line="+35"/>
        <source>The site cannot open</source>
        <translation>Die Site lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not in the Sites list yet (or is still being read). Add it, then open it.</source>
        <translation>%1 steht noch nicht in der Liste der Sites (oder wird noch gelesen). Fügen Sie sie hinzu und öffnen Sie sie dann.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 — Appliance DR Runbook</source>
        <translation>%1 — Appliance DR Runbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening %1: reading the API secrets from the keychain…</source>
        <translation>%1 wird geöffnet: API-Secrets werden aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status of %1</source>
        <translation>Status von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n appliance(s).</source>
        <translation>
            <numerusform>%1: %n Appliance.</numerusform>
            <numerusform>%1: %n Appliances.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The site profile cannot open</source>
        <translation>Das Site-Profil lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New site profile</source>
        <translation>Neues Site-Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>site.json</source>
        <translation>site.json</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site profiles (*.json)</source>
        <translation>Site-Profile (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="+22"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ertificates…</source>
        <translation>&amp;Zertifikate …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTools.cpp" line="+27"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="-18"/>
        <source>&amp;Support</source>
        <translation>&amp;Support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compose the &amp;incident for the vendor…</source>
        <translation>&amp;Incident für den Hersteller verfassen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;RMA request…</source>
        <translation>&amp;RMA-Anfrage …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a &amp;checklist…</source>
        <translation>&amp;Checkliste drucken …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the DR &amp;binder…</source>
        <translation>&amp;Notfallhandbuch drucken …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSupport.cpp" line="+94"/>
        <location line="+8"/>
        <source>Nothing to print</source>
        <translation>Nichts zu drucken</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="+2"/>
        <source>Print the run &amp;report…</source>
        <translation>&amp;Durchlaufbericht drucken …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSupport.cpp" line="+1"/>
        <source>No run yet: start a guide or a drill first.</source>
        <translation>Noch kein Durchlauf: Starten Sie zuerst einen Leitfaden oder eine Übung.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Print a checklist</source>
        <translation>Checkliste drucken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Checklist:</source>
        <translation>&amp;Checkliste:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The checklist cannot be printed</source>
        <translation>Die Checkliste lässt sich nicht drucken</translation>
    </message>
</context>
<context>
    <name>dr::ui::MessageOutputPanel</name>
    <message>
        <location filename="../ui/MessageOutputPanel.cpp" line="+34"/>
        <source>Message preview</source>
        <translation>Vorschau der Nachricht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What to do with this message</source>
        <translation>Was mit dieser Nachricht geschehen soll</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy to clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as .&amp;eml...</source>
        <translation>Als .&amp;eml speichern …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in &amp;mail client</source>
        <translation>Im Mailprogramm &amp;öffnen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;b&gt;To:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;An:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Cc:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cc:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Still missing:</source>
        <translation>Noch fehlend:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copied the subject and the text to the clipboard: paste them into a new email to %1.</source>
        <translation>Betreff und Text wurden in die Zwischenablage kopiert: Fügen Sie sie in eine neue E-Mail an %1 ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1: open it in your mail client (it opens as a draft), check it and send it.</source>
        <translation>%1 gespeichert: Öffnen Sie die Datei in Ihrem Mailprogramm (sie öffnet sich als Entwurf), prüfen Sie sie und senden Sie sie ab.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the message as an .eml draft</source>
        <translation>Die Nachricht als .eml-Entwurf speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email message (*.eml)</source>
        <translation>E-Mail-Nachricht (*.eml)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No mail client could be opened: copy the text to the clipboard or save an .eml file instead.</source>
        <translation>Es ließ sich kein Mailprogramm öffnen: Kopieren Sie den Text in die Zwischenablage oder speichern Sie stattdessen eine .eml-Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened your mail client with the message: check it and send it.</source>
        <translation>Ihr Mailprogramm wurde mit der Nachricht geöffnet: Prüfen Sie sie und senden Sie sie ab.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Opened your mail client with the message. Attach the %n listed file(s) yourself (a mailto: link cannot carry them), or save an .eml file instead.</source>
        <translation>
            <numerusform>Ihr Mailprogramm wurde mit der Nachricht geöffnet. Hängen Sie die %n aufgeführte Datei selbst an (ein mailto:-Link kann sie nicht transportieren), oder speichern Sie stattdessen eine .eml-Datei.</numerusform>
            <numerusform>Ihr Mailprogramm wurde mit der Nachricht geöffnet. Hängen Sie die %n aufgeführten Dateien selbst an (ein mailto:-Link kann sie nicht transportieren), oder speichern Sie stattdessen eine .eml-Datei.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::PrintPreview</name>
    <message>
        <location filename="../ui/PrintPreview.cpp" line="+43"/>
        <source>Print preview: %1</source>
        <translation>Druckvorschau: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The run journal %1 cannot be read (%2): choose the .jsonl file of a run.</source>
        <translation>Das Durchlaufprotokoll %1 ist nicht lesbar (%2): Wählen Sie die .jsonl-Datei eines Durchlaufs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no events</source>
        <translation>keine Ereignisse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The run&apos;s scenario &apos;%1&apos; is not in this version of the app (%2): open the run with the version it was made with.</source>
        <translation>Das Szenario „%1“ des Durchlaufs gibt es in dieser Version der App nicht (%2): Öffnen Sie den Durchlauf mit der Version, mit der er gemacht wurde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The scenario &apos;%1&apos; cannot be printed (%2): choose one of the app&apos;s scenarios.</source>
        <translation>Das Szenario „%1“ lässt sich nicht drucken (%2): Wählen Sie eines der Szenarien der App.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no scenario &apos;%1&apos; to print: choose one of the app&apos;s scenarios.</source>
        <translation>Es gibt kein Szenario „%1“ zum Drucken: Wählen Sie eines der Szenarien der App.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist: %1</source>
        <translation>Checkliste: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disaster recovery binder</source>
        <translation>Notfallhandbuch</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>DRILL report: %1</source>
        <translation>ÜBUNGSbericht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run report: %1</source>
        <translation>Durchlaufbericht: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::RecordPage</name>
    <message>
        <location filename="../ui/RecordPage.cpp" line="+26"/>
        <source>Secret: kept in memory for this run only, never written down.</source>
        <translation>Geheim: nur für diesen Durchlauf im Speicher, nie aufgeschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This value is secret: it stays in memory for this run and is never saved.</source>
        <translation>Dieser Wert ist geheim: Er bleibt für diesen Durchlauf im Speicher und wird nie gespeichert.</translation>
    </message>
</context>
<context>
    <name>dr::ui::RmaDialog</name>
    <message>
        <location filename="../ui/RmaDialog.cpp" line="+46"/>
        <source>RMA request (hardware replacement)</source>
        <translation>RMA-Anfrage (Hardwareaustausch)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What Bomgar Support needs</source>
        <translation>Was der Bomgar Support braucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Incident number:</source>
        <translation>&amp;Incident-Nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 40100 (from the incident that diagnosed the hardware)</source>
        <translation>z. B. 40100 (aus dem Incident, in dem die Hardware diagnostiziert wurde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;name:</source>
        <translation>&amp;Name des Ansprechpartners:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;email:</source>
        <translation>&amp;E-Mail des Ansprechpartners:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;phone:</source>
        <translation>&amp;Telefon des Ansprechpartners:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Shipping address:</source>
        <translation>&amp;Lieferadresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry (two letters):</source>
        <translation>&amp;Land (zwei Buchstaben):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appliance model</source>
        <translation>Appliance-Modell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>B200, B300, B400, ...</source>
        <translation>B200, B300, B400, ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance &amp;model:</source>
        <translation>Appliance-&amp;Modell:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;rial number:</source>
        <translation>Se&amp;riennummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT number:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>if necessary</source>
        <translation>falls nötig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What failed? (B300 and B400: a Field Replaceable Unit may be enough)</source>
        <translation>Was ist ausgefallen? (B300 und B400: eine Field Replaceable Unit kann genügen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A &amp;hard disk drive</source>
        <translation>Eine &amp;Festplatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A po&amp;wer supply</source>
        <translation>Ein Netzteil (&amp;Power Supply)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something &amp;else (full RMA)</source>
        <translation>Etwas &amp;anderes (vollständiger RMA)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>International shipment: what do you want?</source>
        <translation>Internationaler Versand: Was möchten Sie?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair and &amp;return: the appliance comes back repaired (up to four weeks)</source>
        <translation>Reparatur und &amp;Rücksendung: Die Appliance kommt repariert zurück (bis zu vier Wochen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replacemen&amp;t with new hardware (the old one stays with Bomgar)</source>
        <translation>Er&amp;satz durch neue Hardware (die alte bleibt bei Bomgar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We &amp;consent to pay any VAT fees of the replacement</source>
        <translation>Wir stimmen der Zahlung etwaiger Mehrwertsteuergebühren für den Ersatz &amp;zu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Return of the defective appliance</source>
        <translation>Rücksendung der defekten Appliance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date the new appliance became operational</source>
        <translation>Datum, an dem die neue Appliance in Betrieb ging</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New appliance operational &amp;on:</source>
        <translation>Neue Appliance in Betrieb &amp;seit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Track the return (reminder)</source>
        <translation>Rücksendung &amp;verfolgen (Erinnerung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The guide allows two weeks from the day the new appliance is operational; appliances not returned are invoiced at list price.</source>
        <translation>Der Leitfaden gewährt zwei Wochen ab dem Tag, an dem die neue Appliance in Betrieb ist; nicht zurückgegebene Appliances werden zum Listenpreis berechnet.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The reminder was not stored: %1</source>
        <translation>Die Erinnerung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder stored: return the defective %1 (serial %2) by &lt;b&gt;%3&lt;/b&gt;. The main window shows it (urgent from %4) until you mark it returned.</source>
        <translation>Erinnerung gespeichert: Schicken Sie die defekte %1 (Seriennummer %2) bis &lt;b&gt;%3&lt;/b&gt; zurück. Das Hauptfenster zeigt sie an (dringend ab %4), bis Sie sie als zurückgeschickt markieren.</translation>
    </message>
</context>
<context>
    <name>dr::ui::RmaReminderBanner</name>
    <message>
        <location filename="../ui/RmaReminderBanner.cpp" line="+38"/>
        <source>RMA return reminders</source>
        <translation>Erinnerungen an RMA-Rücksendungen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the defective %1 (serial %2)</source>
        <translation>die defekte %1 (Seriennummer %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, Incident# %1</source>
        <translation>, Incident# %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>RMA return OVERDUE by %n day(s): %1 was due back on %2. Send it now (unreturned appliances are invoiced at list price).</source>
        <translation>
            <numerusform>RMA-Rücksendung seit %n Tag ÜBERFÄLLIG: %1 hätte am %2 zurück sein sollen. Schicken Sie sie jetzt (nicht zurückgegebene Appliances werden zum Listenpreis berechnet).</numerusform>
            <numerusform>RMA-Rücksendung seit %n Tagen ÜBERFÄLLIG: %1 hätte am %2 zurück sein sollen. Schicken Sie sie jetzt (nicht zurückgegebene Appliances werden zum Listenpreis berechnet).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RMA return due TODAY: send back %1.</source>
        <translation>RMA-Rücksendung HEUTE fällig: Schicken Sie %1 zurück.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>RMA return due in %n day(s): send back %1 by %2.</source>
        <translation>
            <numerusform>RMA-Rücksendung in %n Tag fällig: Schicken Sie %1 bis %2 zurück.</numerusform>
            <numerusform>RMA-Rücksendung in %n Tagen fällig: Schicken Sie %1 bis %2 zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Returned</source>
        <translation>Zurückgeschickt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark %1 as returned</source>
        <translation>%1 als zurückgeschickt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The defective appliance has been sent back: close this reminder.</source>
        <translation>Die defekte Appliance wurde zurückgeschickt: diese Erinnerung schließen.</translation>
    </message>
</context>
<context>
    <name>dr::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+22"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>A backup is stale after this many days</source>
        <translation>Ein Backup ist nach so vielen Tagen veraltet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remind to drill a scenario after this many days</source>
        <translation>Nach so vielen Tagen an eine Übung des Szenarios erinnern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Folder of drill backups</source>
        <translation>Ordner der Übungs-Backups</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language of the program</source>
        <translation>Sprache des Programms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A backup is &amp;stale after:</source>
        <translation>Ein Backup ist &amp;veraltet nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind to &amp;drill each scenario after:</source>
        <translation>An eine Ü&amp;bung jedes Szenarios erinnern nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drill backups &amp;folder:</source>
        <translation>&amp;Ordner der Übungs-Backups:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Sites list and the dashboard warn when a site&apos;s newest backup, or its last drill of a scenario, is older than these.</source>
        <translation>Die Liste der Sites und das Dashboard warnen, wenn das neueste Backup einer Site oder ihre letzte Übung eines Szenarios älter ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language applies the next time the program starts (drrunbook-cli uses it too).</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start des Programms (auch drrunbook-cli verwendet sie).</translation>
    </message>
</context>
<context>
    <name>dr::ui::SeverityAssistant</name>
    <message>
        <location filename="../ui/SeverityAssistant.cpp" line="+17"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Severity level</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sure? Answer the guide&apos;s questions:</source>
        <translation>Unsicher? Beantworten Sie die Fragen des Leitfadens:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production is &amp;down and cannot be used</source>
        <translation>Die Produktion ist &amp;ausgefallen und nicht nutzbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;restart, a bypass or a workaround gets it working</source>
        <translation>Ein &amp;Neustart, eine Umgehung oder ein Workaround bringt sie zum Laufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It works, but documented functions are &amp;impaired</source>
        <translation>Sie läuft, aber dokumentierte Funktionen sind &amp;beeinträchtigt</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt;. %2</source>
        <translation>Vorschlag: &lt;b&gt;%1&lt;/b&gt;. %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your time: %1</source>
        <translation>Ihre Zeit: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>US Central: %1</source>
        <translation>US Central: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;First response due&lt;/b&gt; (if sent now; business hours only):</source>
        <translation>&lt;b&gt;Erste Antwort fällig&lt;/b&gt; (bei Versand jetzt; nur Geschäftszeiten):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Support is closed now: the incident counts as received at %1.</source>
        <translation>Der Support ist jetzt geschlossen: Der Incident gilt als um %1 eingegangen.</translation>
    </message>
</context>
<context>
    <name>dr::ui::SiteEditor</name>
    <message>
        <location filename="../ui/SiteEditor.cpp" line="+41"/>
        <source>Site profile</source>
        <translation>Site-Profil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sections of the site profile</source>
        <translation>Abschnitte des Site-Profils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site and Atlas</source>
        <translation>Site und Atlas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appliances</source>
        <translation>Appliances</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Contacts and API accounts</source>
        <translation>Kontakte und API-Konten</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Certificate backup</source>
        <translation>Zertifikats-Backup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>/appliance pages</source>
        <translation>/appliance-Seiten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Findings: activate one to go to its field</source>
        <translation>Befunde: aktivieren Sie einen, um zu seinem Feld zu springen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Findings:</source>
        <translation>&amp;Befunde:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This file uses the older format %1; saving writes format %2 (the old file is kept as %3).</source>
        <translation>Diese Datei verwendet das ältere Format %1; beim Speichern wird Format %2 geschrieben (die alte Datei bleibt als %3 erhalten).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A new site profile. Start with the site&apos;s name, then add its appliances.</source>
        <translation>Ein neues Site-Profil. Beginnen Sie mit dem Namen der Site und fügen Sie dann ihre Appliances hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Site profile — %1</source>
        <translation>Site-Profil — %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Error — %1</source>
        <translation>Fehler — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To record — %1</source>
        <translation>Zu erfassen — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to fix or record.</source>
        <translation>Nichts zu beheben oder zu erfassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 still to record. Activate a finding to go to its field.</source>
        <translation>%1, %2 noch zu erfassen. Aktivieren Sie einen Befund, um zu seinem Feld zu springen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n Angabe</numerusform>
            <numerusform>%n Angaben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved %1, with %n error(s) to fix before it can be used for backups and checks.</source>
        <translation>
            <numerusform>%1 gespeichert, mit %n Fehler, der vor der Verwendung für Backups und Prüfungen zu beheben ist.</numerusform>
            <numerusform>%1 gespeichert, mit %n Fehlern, die vor der Verwendung für Backups und Prüfungen zu beheben sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The keychain entry is named after the appliance&apos;s API address: %1</source>
        <translation>Der Schlüsselbund-Eintrag ist nach der API-Adresse der Appliance benannt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the primary appliance and its FQDN first.</source>
        <translation>erfassen Sie zuerst die primäre Appliance und ihren FQDN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the API account whose client secret to store (type its client id first).</source>
        <translation>Wählen Sie das API-Konto, dessen Client-Secret gespeichert werden soll (geben Sie zuerst seine Client-ID ein).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store in the keychain</source>
        <translation>Im Schlüsselbund ablegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret of %1:</source>
        <translation>Client-Secret von %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup password:</source>
        <translation>Backup-Passwort:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Storing in the keychain…</source>
        <translation>Wird im Schlüsselbund abgelegt …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored in the keychain as %1.</source>
        <translation>Im Schlüsselbund als %1 abgelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stored: %1</source>
        <translation>Nicht abgelegt: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::SiteEditorAppliances</name>
    <message>
        <location filename="../ui/SiteEditorAppliances.cpp" line="+30"/>
        <source>Appliances of the site</source>
        <translation>Appliances der Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add appliance</source>
        <translation>Appliance &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected appliance</source>
        <translation>Die gewählte Appliance entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>primary, backup, master-a, traffic-1</source>
        <translation>primary, backup, master-a, traffic-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Serial:</source>
        <translation>&amp;Seriennummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;FQDN:</source>
        <translation>F&amp;QDN:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>support-a.example.com</source>
        <translation>support-a.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddresses:</source>
        <translation>A&amp;dressen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>192.0.2.10, 2001:db8::10</source>
        <translation>192.0.2.10, 2001:db8::10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NIC</source>
        <translation>NIC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Netmask</source>
        <translation>Netzmaske</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add N&amp;IC</source>
        <translation>N&amp;IC hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NICs:</source>
        <translation>NICs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network interfaces</source>
        <translation>Netzwerkschnittstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failover &amp;role:</source>
        <translation>Failover-&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rou&amp;ting method:</source>
        <translation>Rou&amp;ting-Methode:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;utomatic failover:</source>
        <translation>A&amp;utomatisches Failover:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary t&amp;imeout:</source>
        <translation>Primär-&amp;Timeout:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connectivity &amp;test IPs:</source>
        <translation>Konnektivitäts-Test-IPs (&amp;Connectivity Test):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty = https://&lt;FQDN&gt;</source>
        <translation>leer = https://&lt;FQDN&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA file:</source>
        <translation>C&amp;A-Datei:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM or DER, relative to the profile</source>
        <translation>PEM oder DER, relativ zum Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pinned SHA-256:</source>
        <translation>&amp;Hinterlegte SHA-256:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>self-signed appliances</source>
        <translation>selbstsignierte Appliances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Appliances:</source>
        <translation>Appliances:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Has errors</source>
        <translation>Hat Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Has things still to record</source>
        <translation>Hat noch zu erfassende Angaben</translation>
    </message>
</context>
<context>
    <name>dr::ui::SiteEditorGeneral</name>
    <message>
        <location filename="../ui/SiteEditorGeneral.cpp" line="+31"/>
        <source>Site &amp;name:</source>
        <translation>Site-&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Example Corp support</source>
        <translation>z. B. Example Corp Support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public site &amp;address:</source>
        <translation>Öffentliche Site-&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>support.example.com</source>
        <translation>support.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Atlas cluster: one primary node (a master) and traffic nodes, by appliance name.</source>
        <translation>Atlas-Cluster: ein primärer Knoten (ein Master) und Traffic-Knoten, mit Appliance-Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This site is an &amp;Atlas cluster</source>
        <translation>Diese Site ist ein &amp;Atlas-Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary &amp;node:</source>
        <translation>Primärer &amp;Knoten:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>master-a</source>
        <translation>master-a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Traffic nodes:</source>
        <translation>&amp;Traffic-Knoten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>traffic-1, traffic-2</source>
        <translation>traffic-1, traffic-2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the exported certificate backup (.p12 with its private key and chain) is kept, and the SHA-256 fingerprint of the appliance certificate inside it. The .p12 password goes to the keychain or your password safe, never here.</source>
        <translation>Wo das exportierte Zertifikats-Backup (.p12 mit privatem Schlüssel und Kette) liegt, und der SHA-256-Fingerabdruck des darin enthaltenen Appliance-Zertifikats. Das .p12-Passwort gehört in den Schlüsselbund oder Ihren Passwort-Safe, nie hierher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ablageort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificates/support.example.com.p12, or a description</source>
        <translation>certificates/support.example.com.p12 oder eine Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SHA-256 fingerprint:</source>
        <translation>&amp;SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>64 hex digits, colons allowed</source>
        <translation>64 Hex-Ziffern, Doppelpunkte erlaubt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scheduled /login backups (drrunbook-cli backup --site FILE) go to this folder; the main window warns when the newest one is older than the period in Settings.</source>
        <translation>Geplante /login-Backups (drrunbook-cli backup --site FILE) landen in diesem Ordner; das Hauptfenster warnt, wenn das neueste älter ist als der Zeitraum in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup &amp;folder:</source>
        <translation>Backup-&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backups (relative to this profile&apos;s folder) or an absolute path</source>
        <translation>backups (relativ zum Ordner dieses Profils) oder ein absoluter Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> backups</source>
        <translation> Backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From &amp;appliance:</source>
        <translation>Von &amp;Appliance:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty = the recorded primary</source>
        <translation>leer = die erfasste primäre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API a&amp;ccount:</source>
        <translation>API-&amp;Konto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client id; empty = the first API account</source>
        <translation>Client-ID; leer = das erste API-Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups are &amp;password protected (the password is kept in the keychain)</source>
        <translation>Backups sind &amp;passwortgeschützt (das Passwort liegt im Schlüsselbund)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the backup &amp;password in the keychain…</source>
        <translation>Backup-Passwort im &amp;Schlüsselbund ablegen …</translation>
    </message>
</context>
<context>
    <name>dr::ui::SiteEditorPages</name>
    <message>
        <location filename="../ui/SiteEditorPages.cpp" line="+27"/>
        <source>Appliance whose /appliance pages are recorded</source>
        <translation>Appliance, deren /appliance-Seiten erfasst werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appliance:</source>
        <translation>&amp;Appliance:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the /appliance Status page: the guide names every saved screenshot with these.</source>
        <translation>Von der Status-Seite unter /appliance: Der Leitfaden benennt jeden gespeicherten Screenshot danach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance &amp;version:</source>
        <translation>Appliance-&amp;Version:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>23.2.4</source>
        <translation>23.2.4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Serial:</source>
        <translation>&amp;Seriennummer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Base software version:</source>
        <translation>Version der &amp;Basissoftware:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6.2.1</source>
        <translation>6.2.1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System &amp;time:</source>
        <translation>System&amp;zeit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>/appliance pages to capture</source>
        <translation>Zu erfassende /appliance-Seiten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where: /appliance &gt; %1
%2</source>
        <translation>Wo: /appliance &gt; %1
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Notes (text data):</source>
        <translation>&amp;Notizen (Textdaten):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach a scr&amp;eenshot…</source>
        <translation>Scr&amp;eenshot anhängen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected screenshot from the list</source>
        <translation>Den gewählten Screenshot aus der Liste entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screens&amp;hots:</source>
        <translation>Screens&amp;hots:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screenshots of %1</source>
        <translation>Screenshots von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screenshot to attach</source>
        <translation>Anzuhängender Screenshot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg);;Text data (*.txt)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Textdaten (*.txt)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>%n finding(s) on this page</source>
        <translation>
            <numerusform>%n Befund auf dieser Seite</numerusform>
            <numerusform>%n Befunde auf dieser Seite</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an appliance first.</source>
        <translation>Fügen Sie zuerst eine Appliance hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record the Status page values above first (version, serial, base software version, system time): the screenshot is named with them.</source>
        <translation>Erfassen Sie zuerst die Werte der Status-Seite oben (Version, Seriennummer, Version der Basissoftware, Systemzeit): Der Screenshot wird danach benannt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the profile once first: screenshots are kept in a folder beside it.</source>
        <translation>Speichern Sie das Profil zuerst einmal: Screenshots liegen in einem Ordner daneben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be copied to %2. Check that the folder is writable.</source>
        <translation>%1 konnte nicht nach %2 kopiert werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>dr::ui::SiteEditorPeople</name>
    <message>
        <location filename="../ui/SiteEditorPeople.cpp" line="+60"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API accounts</source>
        <translation>API-Konten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contacts (the role &quot;rma&quot; marks the contact printed on the RMA form):</source>
        <translation>&amp;Kontakte (die Rolle „rma“ kennzeichnet den Kontakt auf dem RMA-Formular):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add co&amp;ntact</source>
        <translation>Kon&amp;takt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API a&amp;ccounts from /login &gt; Management &gt; API Configuration (ids only; the client secret goes to the keychain):</source>
        <translation>API-K&amp;onten aus /login &gt; Management &gt; API Configuration (nur IDs; das Client-Secret gehört in den Schlüsselbund):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add API acco&amp;unt</source>
        <translation>API-Konto hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the client &amp;secret in the keychain…</source>
        <translation>Client-&amp;Secret im Schlüsselbund ablegen …</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To record: %1</source>
        <translation>Zu erfassen: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::SiteFieldForm</name>
    <message>
        <location filename="../ui/SiteFieldForm.cpp" line="+66"/>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To record: %1</source>
        <translation>Zu erfassen: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::SiteSession</name>
    <message>
        <location filename="../ui/SiteSession.cpp" line="+46"/>
        <location line="+16"/>
        <location line="+11"/>
        <source>Not asked: %1</source>
        <translation>Nicht abgefragt: %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Not asked: record an API account in the site profile.</source>
        <translation>Nicht abgefragt: Erfassen Sie ein API-Konto im Site-Profil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not asked: store the client secret of %1 (Edit site &gt; Contacts and API accounts).</source>
        <translation>Nicht abgefragt: Legen Sie das Client-Secret von %1 ab (Site bearbeiten &gt; Kontakte und API-Konten).</translation>
    </message>
</context>
<context>
    <name>dr::ui::SitesPanel</name>
    <message>
        <location filename="../ui/SitesPanel.cpp" line="+52"/>
        <source>&lt;b&gt;Sites&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sites&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sites: last backup and drill reminders</source>
        <translation>Sites: letztes Backup und Erinnerungen an Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last backup</source>
        <translation>Letztes Backup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drills</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Open site</source>
        <translation>Site ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit site…</source>
        <translation>Site &amp;bearbeiten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New site…</source>
        <translation>&amp;Neue Site …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add e&amp;xisting…</source>
        <translation>&amp;Vorhandene hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected site from the list (the file stays)</source>
        <translation>Die gewählte Site aus der Liste entfernen (die Datei bleibt erhalten)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DRILL DUE: %1 of %2 scenarios</source>
        <translation>ÜBUNG FÄLLIG: %1 von %2 Szenarien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK: oldest drill %1</source>
        <translation>OK: älteste Übung %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• %1: NEVER drilled</source>
        <translation>• %1: NOCH NIE geübt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• %1: last drill %2 (%3)%4</source>
        <translation>• %1: letzte Übung %2 (%3)%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — OVERDUE: older than %1 days</source>
        <translation> — ÜBERFÄLLIG: älter als %1 Tage</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>UNREADABLE: %1</source>
        <translation>NICHT LESBAR: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to fix, %2 to record</source>
        <translation>%1 zu beheben, %2 zu erfassen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n Angabe</numerusform>
            <numerusform>%n Angaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n thing(s) still to record</source>
        <translation>
            <numerusform>%n Angabe noch zu erfassen</numerusform>
            <numerusform>%n Angaben noch zu erfassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No site yet: New site… records one (appliances, contacts, backups, the /appliance settings).</source>
        <translation>Noch keine Site: Neue Site … legt eine an (Appliances, Kontakte, Backups, die /appliance-Einstellungen).</translation>
    </message>
</context>
<context>
    <name>dr::ui::StatusDashboard</name>
    <message>
        <location filename="../ui/StatusDashboard.cpp" line="+18"/>
        <source>&lt;b&gt;Status of the site&apos;s appliances&lt;/b&gt;</source>
        <translation>&lt;b&gt;Status der Appliances der Site&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh now</source>
        <translation>Jetzt a&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the status of every appliance now</source>
        <translation>Den Status aller Appliances jetzt aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appliance status</source>
        <translation>Appliance-Status</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Checking…</source>
        <translation>Prüfe …</translation>
    </message>
    <message>
        <location filename="../ui/StatusDashboardProbes.cpp" line="+73"/>
        <source>The appliance presented no certificate.</source>
        <translation>Die Appliance hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <location filename="../ui/StatusDashboard.cpp" line="+47"/>
        <source>All appliances answer; nothing needs attention (checked at %1).</source>
        <translation>Alle Appliances antworten; nichts braucht Aufmerksamkeit (geprüft um %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need attention: %1 with errors, %2 with warnings (checked at %3). Point at a cell for what to do.</source>
        <translation>Brauchen Aufmerksamkeit: %1 mit Fehlern, %2 mit Warnungen (geprüft um %3). Zeigen Sie auf eine Zelle, um zu sehen, was zu tun ist.</translation>
    </message>
</context>
<context>
    <name>dr::ui::StepPage</name>
    <message>
        <location filename="../ui/StepPage.cpp" line="+40"/>
        <source>Step %1 · %2</source>
        <translation>Schritt %1 · %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Warning:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Warnung:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;i&gt;Note:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Hinweis:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Guide: %1</source>
        <translation>Leitfaden: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::StepWidgetClock</name>
    <message>
        <location filename="../ui/StepWidgetClock.cpp" line="+40"/>
        <source>On this step %1  ·  Total %2</source>
        <translation>In diesem Schritt %1  ·  Gesamt %2</translation>
    </message>
</context>
<context>
    <name>dr::ui::StepWidgetSkip</name>
    <message>
        <location filename="../ui/StepWidgetSkip.cpp" line="+15"/>
        <source>Skip &amp;because:</source>
        <translation>&amp;Grund fürs Überspringen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for skipping this step</source>
        <translation>Grund für das Überspringen dieses Schritts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you checked by hand, or why it does not apply</source>
        <translation>Was Sie von Hand geprüft haben oder warum es nicht zutrifft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skip this step</source>
        <translation>Schritt &amp;überspringen</translation>
    </message>
</context>
<context>
    <name>dr::ui::SupportAddressesEditor</name>
    <message>
        <location filename="../ui/SupportAddressesEditor.cpp" line="+14"/>
        <source>Support addresses (the guide&apos;s; edit them if yours differ)</source>
        <translation>Support-Adressen (laut Leitfaden; ändern Sie sie, falls Ihre abweichen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;General:</source>
        <translation>&amp;Allgemein:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMEA:</source>
        <translation>EMEA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APAC:</source>
        <translation>APAC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor:</source>
        <translation>Supervisor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager:</source>
        <translation>Manager:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the guide&apos;s addresses</source>
        <translation>Die Adressen des Leitfadens wiederherstellen</translation>
    </message>
</context>
<context>
    <name>dr::ui::TriageDialog</name>
    <message>
        <location filename="../ui/TriageDialog.cpp" line="+20"/>
        <source>Something is down</source>
        <translation>Etwas ist ausgefallen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What is down?</source>
        <translation>Was ist ausgefallen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One appliance of a &amp;failover pair (the other one still runs)</source>
        <translation>Eine Appliance eines &amp;Failover-Paars (die andere läuft noch)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A single &amp;hardware appliance, no failover partner</source>
        <translation>Eine einzelne &amp;Hardware-Appliance ohne Failover-Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;virtual appliance (VMware, Hyper-V, …)</source>
        <translation>Eine &amp;virtuelle Appliance (VMware, Hyper-V, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A C&amp;loud appliance or Starter Service site</source>
        <translation>Eine C&amp;loud-Appliance oder eine Starter-Service-Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A master or traffic node of an &amp;Atlas cluster</source>
        <translation>Ein Master- oder Traffic-Knoten eines &amp;Atlas-Clusters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is a spare appliance at hand?</source>
        <translation>Ist eine Ersatz-Appliance zur Hand?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes, a cold spare is ready</source>
        <translation>&amp;Ja, ein Cold Spare ist bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No spare</source>
        <translation>&amp;Kein Ersatzgerät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which kind of cloud site?</source>
        <translation>Welche Art von Cloud-Site?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Cloud a&amp;ppliance</source>
        <translation>Eine Cloud-A&amp;ppliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;Starter Service site</source>
        <translation>Eine &amp;Starter-Service-Site</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open the guide</source>
        <translation>Leitfaden &amp;öffnen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Answer the question above.</source>
        <translation>Beantworten Sie die Frage oben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer the next question.</source>
        <translation>Beantworten Sie die nächste Frage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guide to open: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Zu öffnender Leitfaden: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>dr::ui::Wizard</name>
    <message>
        <location filename="../ui/Wizard.cpp" line="+29"/>
        <source>C&amp;lose (resume later)</source>
        <translation>&amp;Schließen (später fortsetzen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>DRILL — %1</source>
        <translation>ÜBUNG — %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::WizardDrillPicker</name>
    <message>
        <location filename="../ui/WizardDrillPicker.cpp" line="+16"/>
        <source>Run a drill</source>
        <translation>Übung durchführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scenario to rehearse (the drill lab starts with the appliances it needs; nothing real is touched):</source>
        <translation>&amp;Szenario für die Übung (das Übungslabor startet mit den nötigen Appliances; nichts Echtes wird berührt):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario to rehearse</source>
        <translation>Szenario für die Übung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lab: a failover pair</source>
        <translation>Labor: ein Failover-Paar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lab: an Atlas cluster</source>
        <translation>Labor: ein Atlas-Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lab: one appliance</source>
        <translation>Labor: eine Appliance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Start the drill</source>
        <translation>Übung s&amp;tarten</translation>
    </message>
</context>
<context>
    <name>dr::ui::WizardRunsPanel</name>
    <message>
        <location filename="../ui/WizardRunsPanel.cpp" line="+20"/>
        <source>R&amp;uns in progress:</source>
        <translation>Offe&amp;ne Durchläufe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs in progress</source>
        <translation>Offene Durchläufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resume</source>
        <translation>Fo&amp;rtsetzen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1%2 — started %3, stopped at step &quot;%4&quot;</source>
        <translation>%1%2 — begonnen %3, angehalten bei Schritt „%4“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DRILL: </source>
        <translation>ÜBUNG: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (journal: %1)</source>
        <translation> (Protokoll: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — the scenario has changed since this run started: it cannot be resumed with this version</source>
        <translation> — das Szenario wurde geändert, seit dieser Durchlauf begonnen hat: er kann mit dieser Version nicht fortgesetzt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This run was started with another definition of scenario &quot;%1&quot; (version %2, definition %3); this program has %4. Its steps may have moved, changed or gone, so it cannot be continued here: finish it with the program version that started it, or start a new run and carry on from where you are.</source>
        <translation>Dieser Durchlauf wurde mit einer anderen Definition des Szenarios „%1“ begonnen (Version %2, Definition %3); dieses Programm hat %4. Seine Schritte können verschoben, geändert oder entfallen sein, daher kann er hier nicht fortgesetzt werden: Schließen Sie ihn mit der Programmversion ab, mit der er begonnen wurde, oder beginnen Sie einen neuen Durchlauf und machen Sie dort weiter, wo Sie sind.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such scenario</source>
        <translation>kein solches Szenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>definition %1</source>
        <translation>Definition %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+76"/>
        <source>Appliance DR Runbook</source>
        <translation>Appliance DR Runbook</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Guided disaster recovery for BeyondTrust (Bomgar) appliances.</source>
        <translation>Geführte Notfallwiederherstellung für BeyondTrust-(Bomgar-)Appliances.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Topology of the drill lab: single, pair or atlas.</source>
        <translation>Topologie des Übungslabors: single, pair oder atlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a screenshot of the main window and quit.</source>
        <translation>Einen Screenshot des Hauptfensters speichern und beenden.</translation>
    </message>
</context>
<context>
    <name>scenario</name>
    <message>
        <location filename="../core/runbook/ScenarioStrings.cpp" line="+13"/>
        <source>Prepare for a disaster</source>
        <extracomment>01_prepare.json</extracomment>
        <translation>Auf einen Notfall vorbereiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable backup operations on the failover backup and sync; export and verify the certificate; record the /appliance settings; download /login backups now, before every upgrade and on a schedule; know what a backup contains.</source>
        <extracomment>01_prepare.json</extracomment>
        <translation>Backup-Betrieb für Failover-Backup und Synchronisierung aktivieren; Zertifikat exportieren und prüfen; /appliance-Einstellungen festhalten; /login-Backups jetzt, vor jedem Upgrade und nach Zeitplan herunterladen; wissen, was ein Backup enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What must be backed up</source>
        <extracomment>01_prepare.json#intro</extracomment>
        <translation>Was gesichert werden muss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up the site data from Bomgar on a regular basis is an essential part of appliance administration and maintenance. Most of the settings and data from the /login administrative web interface can be captured as a single .nsb file. In most cases, the /appliance administrative web interface contains the SSL certificates and network configuration of the appliance. These are essential to the functionality of the appliance and must be configured during the recovery process.</source>
        <extracomment>01_prepare.json#intro</extracomment>
        <translation>Die regelmäßige Sicherung der Site-Daten von Bomgar ist ein wesentlicher Teil von Administration und Wartung der Appliance. Die meisten Einstellungen und Daten der administrativen Weboberfläche /login lassen sich als eine einzige .nsb-Datei sichern. Die administrative Weboberfläche /appliance enthält in den meisten Fällen die SSL-Zertifikate und die Netzwerkkonfiguration der Appliance. Diese sind für die Funktion der Appliance unverzichtbar und müssen bei der Wiederherstellung eingerichtet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As a Bomgar customer, the authorized contact agrees to keep full and current backups of Bomgar data, using the tools provided. It is extremely important to perform backups prior to any upgrades or updates.</source>
        <extracomment>01_prepare.json#intro</extracomment>
        <translation>Als Bomgar-Kunde verpflichtet sich der autorisierte Ansprechpartner, mit den bereitgestellten Werkzeugen vollständige und aktuelle Backups der Bomgar-Daten vorzuhalten. Backups vor jedem Upgrade oder Update sind äußerst wichtig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type of appliance</source>
        <extracomment>01_prepare.json#appliance_type</extracomment>
        <translation>Art der Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar-hosted sites do not have access to /appliance, but administrators should maintain backups of hosted site /login data. Bomgar Cloud sites have a minimal version of the /appliance web interface accessible from the **Appliance** tab of the /login administrative web interface. Since Bomgar manages the network configuration of Bomgar Cloud sites and provides a working default certificate, Bomgar Cloud administrators need to backup only their certificates, SSL/TLS configuration, and/or updates schedule, if these have been manually customized.</source>
        <extracomment>01_prepare.json#appliance_type</extracomment>
        <translation>Von Bomgar gehostete Sites haben keinen Zugriff auf /appliance, Administratoren sollten aber Backups der /login-Daten der gehosteten Site vorhalten. Bomgar-Cloud-Sites haben eine minimale Version der Weboberfläche /appliance, erreichbar über den Reiter **Appliance** der administrativen Weboberfläche /login. Da Bomgar die Netzwerkkonfiguration von Bomgar-Cloud-Sites verwaltet und ein funktionierendes Standardzertifikat bereitstellt, müssen Bomgar-Cloud-Administratoren nur ihre Zertifikate, die SSL/TLS-Konfiguration und/oder den Update-Zeitplan sichern, sofern diese manuell angepasst wurden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is being backed up?</source>
        <extracomment>01_prepare.json#appliance_type</extracomment>
        <translation>Was wird gesichert?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hardware appliance</source>
        <extracomment>01_prepare.json#appliance_type</extracomment>
        <translation>Hardware-Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual appliance</source>
        <extracomment>01_prepare.json#appliance_type</extracomment>
        <translation>Virtuelle Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar Cloud appliance</source>
        <extracomment>01_prepare.json#appliance_type</extracomment>
        <translation>Bomgar-Cloud-Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar-hosted site</source>
        <extracomment>01_prepare.json#appliance_type</extracomment>
        <translation>Von Bomgar gehostete Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failover</source>
        <extracomment>01_prepare.json#has_failover</extracomment>
        <translation>Failover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar failover enables the synchronization of data between two peer appliances, creating a simplified process for securely swapping from a failed appliance. Two appliances host the same installed software package for a single site. DNS directs support traffic of the site to one of these peer appliances, the primary appliance, where all settings are configured. The backup appliance synchronizes with the primary appliance, according to the settings configured in the appliance&apos;s /login interface.</source>
        <extracomment>01_prepare.json#has_failover</extracomment>
        <translation>Bomgar-Failover ermöglicht die Synchronisierung von Daten zwischen zwei gleichrangigen Appliances und vereinfacht so den sicheren Wechsel weg von einer ausgefallenen Appliance. Zwei Appliances hosten dasselbe installierte Softwarepaket für eine einzige Site. DNS leitet den Support-Datenverkehr der Site an eine dieser Appliances, die primäre Appliance, auf der alle Einstellungen vorgenommen werden. Die Backup-Appliance synchronisiert sich mit der primären Appliance gemäß den Einstellungen in der /login-Oberfläche der Appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are two appliances in failover mode?</source>
        <extracomment>01_prepare.json#has_failover</extracomment>
        <translation>Laufen zwei Appliances im Failover-Modus?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <extracomment>01_prepare.json#has_failover</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <extracomment>01_prepare.json#has_failover</extracomment>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the backup appliance</source>
        <extracomment>01_prepare.json#log_in_backup</extracomment>
        <translation>An der Backup-Appliance anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the /login admin web interface of the backup appliance.</source>
        <extracomment>01_prepare.json#log_in_backup</extracomment>
        <translation>Melden Sie sich an der administrativen Weboberfläche /login der Backup-Appliance an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Management &gt; Failover</source>
        <extracomment>01_prepare.json#browse_failover</extracomment>
        <translation>Management &gt; Failover öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse to **Management &gt; Failover**.</source>
        <extracomment>01_prepare.json#browse_failover</extracomment>
        <translation>Öffnen Sie **Management &gt; Failover**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable Backup Operations</source>
        <extracomment>01_prepare.json#enable_backup_operations</extracomment>
        <translation>Enable Backup Operations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check **Enable Backup Operations**.</source>
        <extracomment>01_prepare.json#enable_backup_operations</extracomment>
        <translation>Aktivieren Sie **Enable Backup Operations**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic Data-Sync Interval and Data-Sync Bandwidth Limit do not need to be changed in most environments.</source>
        <extracomment>01_prepare.json#enable_backup_operations</extracomment>
        <translation>Automatic Data-Sync Interval und Data-Sync Bandwidth Limit müssen in den meisten Umgebungen nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync Now</source>
        <extracomment>01_prepare.json#sync_now</extracomment>
        <translation>Sync Now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click **Sync Now** to manually force synchronization under the **Backup Site Instance Status**. Failover sync captures all users, files, and configuration in /login with the exception of failover configurations, including settings on the **Failover** page and the **Inter-Appliance Pre-Shared Key** under **Management &gt; Security**.</source>
        <extracomment>01_prepare.json#sync_now</extracomment>
        <translation>Klicken Sie unter **Backup Site Instance Status** auf **Sync Now**, um die Synchronisierung manuell zu erzwingen. Die Failover-Synchronisierung erfasst alle Benutzer, Dateien und Konfigurationen in /login mit Ausnahme der Failover-Konfiguration, einschließlich der Einstellungen auf der Seite **Failover** und des **Inter-Appliance Pre-Shared Key** unter **Management &gt; Security**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is important to note that failover appliances do not sync any settings or data under /appliance. This means that certificates and network configuration are not replicated.</source>
        <extracomment>01_prepare.json#sync_now</extracomment>
        <translation>Wichtig: Failover-Appliances synchronisieren keine Einstellungen oder Daten unter /appliance. Zertifikate und Netzwerkkonfiguration werden also nicht repliziert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not necessary to back up certificates from each appliance; however, failover appliances should have identical certificate configuration. Once replicated, a single backup copy of the certificates from either appliance is sufficient. Network configuration and any other customized /appliance settings must be backed up for each appliance; however, /login data can be backed up for each appliance as well. This applies especially to failover settings, which are not included in the failover sync. Saving backups of /login settings serves as a safeguard in case failover sync fails.</source>
        <extracomment>01_prepare.json#sync_now</extracomment>
        <translation>Zertifikate müssen nicht von jeder Appliance gesichert werden; Failover-Appliances sollten jedoch eine identische Zertifikatskonfiguration haben. Nach der Replikation genügt eine einzige Sicherungskopie der Zertifikate von einer der beiden Appliances. Netzwerkkonfiguration und alle anderen angepassten /appliance-Einstellungen müssen für jede Appliance gesichert werden; /login-Daten können ebenfalls für jede Appliance gesichert werden. Das gilt besonders für die Failover-Einstellungen, die nicht in der Failover-Synchronisierung enthalten sind. Backups der /login-Einstellungen sind eine Absicherung für den Fall, dass die Failover-Synchronisierung fehlschlägt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up certificates</source>
        <extracomment>01_prepare.json#certificates</extracomment>
        <translation>Zertifikate sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network configuration and SSL certificates are necessary for the operation of Bomgar Appliances. Bomgar-hosted sites and cloud appliances are managed automatically, but it is possible for administrators to install custom certificates on Cloud Appliances. If an appliance fails, network configuration and SSL certificates must be restored to the new or repaired appliance in order to connect with the remote client software (e.g., rep consoles and Jump Clients). Bomgar-hosted sites are managed by Bomgar, but administrators of on-premises and Cloud Appliances should back up their certificates.</source>
        <extracomment>01_prepare.json#certificates</extracomment>
        <translation>Netzwerkkonfiguration und SSL-Zertifikate sind für den Betrieb von Bomgar-Appliances notwendig. Von Bomgar gehostete Sites und Cloud-Appliances werden automatisch verwaltet, Administratoren können auf Cloud-Appliances aber eigene Zertifikate installieren. Fällt eine Appliance aus, müssen Netzwerkkonfiguration und SSL-Zertifikate auf der neuen oder reparierten Appliance wiederhergestellt werden, damit sich die Remote-Client-Software (z. B. Technikerkonsolen und Jump Clients) verbinden kann. Von Bomgar gehostete Sites werden von Bomgar verwaltet, Administratoren von On-Premises- und Cloud-Appliances sollten ihre Zertifikate jedoch sichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up /appliance with screenshots</source>
        <extracomment>01_prepare.json#appliance_settings</extracomment>
        <translation>/appliance mit Screenshots sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the exception of certificates, /appliance configuration cannot be downloaded as a single, password-protected file in the way /login configuration can. The /appliance configuration must be backed up using screenshots and/ or text data. These files should be given an identifying name, including the appliance version, appliance serial number, base software version, and system time as shown on the **Status** page of the appliance at the time of the backup.</source>
        <extracomment>01_prepare.json#appliance_settings</extracomment>
        <translation>Mit Ausnahme der Zertifikate lässt sich die /appliance-Konfiguration nicht wie die /login-Konfiguration als eine einzige passwortgeschützte Datei herunterladen. Die /appliance-Konfiguration muss mit Screenshots und/oder Textdaten gesichert werden. Diese Dateien sollten einen eindeutigen Namen erhalten, der Appliance-Version, Seriennummer der Appliance, Version der Basissoftware und Systemzeit enthält, wie sie zum Zeitpunkt der Sicherung auf der Seite **Status** der Appliance angezeigt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network configuration for Bomgar should be saved by the networking team in a network diagram. This should include firewall rules, antivirus whitelists, and IDS /IPS settings, as appropriate.</source>
        <extracomment>01_prepare.json#appliance_settings</extracomment>
        <translation>Die Netzwerkkonfiguration für Bomgar sollte das Netzwerkteam in einem Netzwerkdiagramm festhalten. Dazu gehören je nach Umgebung Firewall-Regeln, Antiviren-Whitelists und IDS-/IPS-Einstellungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance serial number</source>
        <extracomment>01_prepare.json#appliance_serial</extracomment>
        <translation>Seriennummer der Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appliance serial number as shown on the **Status** page, for the names of the screenshot files.</source>
        <extracomment>01_prepare.json#appliance_serial</extracomment>
        <translation>Die Seriennummer der Appliance, wie auf der Seite **Status** angezeigt, für die Namen der Screenshot-Dateien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance version and base software version</source>
        <extracomment>01_prepare.json#appliance_version</extracomment>
        <translation>Appliance-Version und Version der Basissoftware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appliance version, base software version, and system time as shown on the **Status** page, for the names of the screenshot files.</source>
        <extracomment>01_prepare.json#appliance_version</extracomment>
        <translation>Appliance-Version, Version der Basissoftware und Systemzeit, wie auf der Seite **Status** angezeigt, für die Namen der Screenshot-Dateien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance version, base software version and system time</source>
        <extracomment>01_prepare.json#appliance_version</extracomment>
        <translation>Appliance-Version, Version der Basissoftware und Systemzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenshot: IP Configuration</source>
        <extracomment>01_prepare.json#screenshot_ip_configuration</extracomment>
        <translation>Screenshot: IP Configuration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup copy of the appliance network configuration can be saved by taking screenshots of the /appliance **Networking &gt; IP Configuration** page.</source>
        <extracomment>01_prepare.json#screenshot_ip_configuration</extracomment>
        <translation>Eine Sicherungskopie der Netzwerkkonfiguration der Appliance lässt sich mit Screenshots der Seite **Networking &gt; IP Configuration** in /appliance anlegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenshots: Static Routes and SNMP</source>
        <extracomment>01_prepare.json#screenshot_routes_snmp</extracomment>
        <translation>Screenshots: Static Routes und SNMP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If static routes and/or SNMP are used, this information is captured from the **Networking &gt; Static Routes** and **Networking &gt; SNMP** pages, respectively.</source>
        <extracomment>01_prepare.json#screenshot_routes_snmp</extracomment>
        <translation>Werden statische Routen und/oder SNMP verwendet, halten Sie diese Angaben auf den Seiten **Networking &gt; Static Routes** bzw. **Networking &gt; SNMP** fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar Cloud customers and Bomgar-hosted sites do not have these options and do not need to be backed up. They are managed automatically.</source>
        <extracomment>01_prepare.json#screenshot_routes_snmp</extracomment>
        <translation>Bomgar-Cloud-Kunden und von Bomgar gehostete Sites haben diese Optionen nicht und müssen sie nicht sichern. Sie werden automatisch verwaltet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenshots: SSL/TLS and Appliance Administration</source>
        <extracomment>01_prepare.json#screenshot_ssl_tls</extracomment>
        <translation>Screenshots: SSL/TLS und Appliance Administration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the appliance has custom SSL/TLS configuration or special user account, network, and/or port restrictions, take a screenshot of these from **Security &gt; SSL/TLS Configuration** and **Security &gt; Appliance Administration**.</source>
        <extracomment>01_prepare.json#screenshot_ssl_tls</extracomment>
        <translation>Hat die Appliance eine angepasste SSL/TLS-Konfiguration oder besondere Einschränkungen für Benutzerkonten, Netze und/oder Ports, machen Sie Screenshots davon unter **Security &gt; SSL/TLS Configuration** und **Security &gt; Appliance Administration**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note the syslog server</source>
        <extracomment>01_prepare.json#syslog</extracomment>
        <translation>Syslog-Server notieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appliance may also be configured to send logs to a syslog server. If this is the case, make note of the syslog server&apos;s hostname and/or IP along with its preferred message format. These settings can be found under **Security &gt; Appliance Administration** in the **Syslog** section.</source>
        <extracomment>01_prepare.json#syslog</extracomment>
        <translation>Die Appliance kann auch so eingerichtet sein, dass sie Protokolle an einen Syslog-Server sendet. Ist das der Fall, notieren Sie Hostnamen und/oder IP des Syslog-Servers sowie sein bevorzugtes Nachrichtenformat. Diese Einstellungen finden Sie unter **Security &gt; Appliance Administration** im Abschnitt **Syslog**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenshot: login agreement</source>
        <extracomment>01_prepare.json#screenshot_login_agreement</extracomment>
        <translation>Screenshot: Anmeldevereinbarung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the appliance is configured with such an agreement, the agreement is located under **Security &gt; Appliance Administration &gt; /appliance Prerequisite Login Agreement**. If it is configured, capture a screenshot of the agreement.</source>
        <extracomment>01_prepare.json#screenshot_login_agreement</extracomment>
        <translation>Ist auf der Appliance eine solche Vereinbarung eingerichtet, finden Sie sie unter **Security &gt; Appliance Administration &gt; /appliance Prerequisite Login Agreement**. Ist sie eingerichtet, machen Sie einen Screenshot der Vereinbarung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenshot: Email Configuration</source>
        <extracomment>01_prepare.json#screenshot_email</extracomment>
        <translation>Screenshot: Email Configuration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The email configuration settings in /appliance are located in **Security &gt; Email Configuration**. These settings are separate from the email configuration settings in /login. The /appliance email settings are used by the appliance to send SSL certificate expiration reminders, among others as specified in Admin Alerts. If the appliance is configured for reminders, take a screenshot of the page.</source>
        <extracomment>01_prepare.json#screenshot_email</extracomment>
        <translation>Die E-Mail-Einstellungen in /appliance finden Sie unter **Security &gt; Email Configuration**. Sie sind getrennt von den E-Mail-Einstellungen in /login. Die Appliance verwendet die /appliance-E-Mail-Einstellungen unter anderem, um Erinnerungen an ablaufende SSL-Zertifikate zu senden, wie unter Admin Alerts festgelegt. Ist die Appliance für Erinnerungen eingerichtet, machen Sie einen Screenshot der Seite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note the updates schedule</source>
        <extracomment>01_prepare.json#updates_schedule</extracomment>
        <translation>Update-Zeitplan notieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar Cloud administrators need to backup only their certificates, SSL/TLS configuration, and/or updates schedule, if these have been manually customized.</source>
        <extracomment>01_prepare.json#updates_schedule</extracomment>
        <translation>Bomgar-Cloud-Administratoren müssen nur ihre Zertifikate, die SSL/TLS-Konfiguration und/oder den Update-Zeitplan sichern, sofern diese manuell angepasst wurden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a .nsb backup contains</source>
        <extracomment>01_prepare.json#nsb_contents</extracomment>
        <translation>Was ein .nsb-Backup enthält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The users, settings, and data in /login can be saved in a single Bomgar backup file, which uses the .nsb extension. The resulting .nsb backup file includes the data listed below even if **Include logged history** is not checked at the time of the download:
- **Local User Accounts**
- **Security Provider Configuration**
- **Group Policy Configuration**
- **Jumpoint Configuration**
- **Jump Client Configuration**
- **Team Configuration**
- **Language Configuration**
- **Security Configuration**
- **Inter-appliance Communication Pre-shared Key**
- **Failover Configuration**
- **Outbound Event Configuration**
- **Kerberos Keytab**
Backups taken from a Bomgar Remote Support site (as opposed to Bomgar Privileged Access) also include the following:
- **Canned Messages Configuration**
- **Client Branding &amp; Messaging**
- **Exit Survey Configuration**
- **Public Site Configuration**
- **File Store** (first 50 files up to 200KB in size)
- **Created/Scheduled Presentations**
If **Include logged history** is checked, the .nsb backup file includes the following data:
- **Logged Session Data**
- **Logged Presentation Information** (Bomgar Remote Support only)
- **Logged License Usage** (Bomgar Remote Support only)
- **Logged Support Team Information**</source>
        <extracomment>01_prepare.json#nsb_contents</extracomment>
        <translation>Die Benutzer, Einstellungen und Daten in /login lassen sich in einer einzigen Bomgar-Backup-Datei mit der Endung .nsb sichern. Die entstehende .nsb-Backup-Datei enthält die unten aufgeführten Daten auch dann, wenn **Include logged history** beim Download nicht aktiviert ist:
- **Local User Accounts**
- **Security Provider Configuration**
- **Group Policy Configuration**
- **Jumpoint Configuration**
- **Jump Client Configuration**
- **Team Configuration**
- **Language Configuration**
- **Security Configuration**
- **Inter-appliance Communication Pre-shared Key**
- **Failover Configuration**
- **Outbound Event Configuration**
- **Kerberos Keytab**
Backups einer Bomgar-Remote-Support-Site (im Gegensatz zu Bomgar Privileged Access) enthalten zusätzlich:
- **Canned Messages Configuration**
- **Client Branding &amp; Messaging**
- **Exit Survey Configuration**
- **Public Site Configuration**
- **File Store** (die ersten 50 Dateien bis 200 KB Größe)
- **Created/Scheduled Presentations**
Ist **Include logged history** aktiviert, enthält die .nsb-Backup-Datei folgende Daten:
- **Logged Session Data**
- **Logged Presentation Information** (nur Bomgar Remote Support)
- **Logged License Usage** (nur Bomgar Remote Support)
- **Logged Support Team Information**</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a .nsb backup does not contain</source>
        <extracomment>01_prepare.json#nsb_excludes</extracomment>
        <translation>Was ein .nsb-Backup nicht enthält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In either case, the .nsb backup file does not include the following:
- **Session Recordings**
- **Command Shell Recordings**
- **Presentation Recordings**
- **File Store files larger than 200KB**
- **File Store files beyond the first 50**
- **Settings, users, or data from /appliance**</source>
        <extracomment>01_prepare.json#nsb_excludes</extracomment>
        <translation>In beiden Fällen enthält die .nsb-Backup-Datei Folgendes nicht:
- **Session Recordings**
- **Command Shell Recordings**
- **Presentation Recordings**
- **File Store files larger than 200KB**
- **File Store files beyond the first 50**
- **Settings, users, or data from /appliance**</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download Backup</source>
        <extracomment>01_prepare.json#download_backup</extracomment>
        <translation>Download Backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To perform manual downloads, click **Download Backup** under the **/login &gt; Management &gt; Software Management** tab.</source>
        <extracomment>01_prepare.json#download_backup</extracomment>
        <translation>Für einen manuellen Download klicken Sie auf dem Reiter **/login &gt; Management &gt; Software Management** auf **Download Backup**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar recommends manually downloading .nsb backups before installing any updates.</source>
        <extracomment>01_prepare.json#download_backup</extracomment>
        <translation>Bomgar empfiehlt, vor der Installation jedes Updates manuell .nsb-Backups herunterzuladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the backup was saved</source>
        <extracomment>01_prepare.json#backup_file</extracomment>
        <translation>Wo das Backup gespeichert wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The downloaded .nsb file. By default, Bomgar backup file names begin with **Bomgar** followed by the Bomgar product release version of the backup, the name of the site which generated the backup, the date on which the backup was downloaded, and the unique ID of the backup file.</source>
        <extracomment>01_prepare.json#backup_file</extracomment>
        <translation>Die heruntergeladene .nsb-Datei. Standardmäßig beginnen die Namen von Bomgar-Backup-Dateien mit **Bomgar**, gefolgt von der Bomgar-Produktversion des Backups, dem Namen der Site, die das Backup erzeugt hat, dem Download-Datum und der eindeutigen ID der Backup-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup file (.nsb)</source>
        <extracomment>01_prepare.json#backup_file</extracomment>
        <translation>Backup-Datei (.nsb)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup file is fresh and its name shows its version</source>
        <extracomment>01_prepare.json#check_backup</extracomment>
        <translation>Die Backup-Datei ist aktuell und ihr Name zeigt ihre Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads the product version and download date from the backup file name.</source>
        <extracomment>01_prepare.json#check_backup</extracomment>
        <translation>Liest Produktversion und Download-Datum aus dem Namen der Backup-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download backups on a schedule</source>
        <extracomment>01_prepare.json#schedule</extracomment>
        <translation>Backups nach Zeitplan herunterladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In addition to manual downloads at each upgrade, Bomgar also recommends downloading .nsb backups on a regular basis, using the automated schedule via the integration client. The integration client can download the following types of data:
- **Session Data**
- **Session Recordings**
- **Command Shell Recordings**
- **Site Backups**
- **Show My Screen Recordings**</source>
        <extracomment>01_prepare.json#schedule</extracomment>
        <translation>Zusätzlich zu den manuellen Downloads bei jedem Upgrade empfiehlt Bomgar, .nsb-Backups regelmäßig über den automatischen Zeitplan des Integration Client herunterzuladen. Der Integration Client kann folgende Datenarten herunterladen:
- **Session Data**
- **Session Recordings**
- **Command Shell Recordings**
- **Site Backups**
- **Show My Screen Recordings**</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client installation package is available from **Downloads** in the Bomgar Self-Service Center. It is released only as a 32-bit Windows client; however, this runs on 64-bit Windows systems. It is available in a number of different versions, so check the Bomgar product release version on the **/login &gt; Status &gt; Information** tab to make sure to download the right integration client version.</source>
        <extracomment>01_prepare.json#schedule</extracomment>
        <translation>Das Installationspaket des Clients finden Sie unter **Downloads** im Bomgar Self-Service Center. Es erscheint nur als 32-Bit-Windows-Client, läuft aber auch auf 64-Bit-Windows-Systemen. Es gibt mehrere Versionen; prüfen Sie daher die Bomgar-Produktversion auf dem Reiter **/login &gt; Status &gt; Information**, damit Sie die passende Version des Integration Client herunterladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In addition to the **Download Backup** button and the integration client, the Bomgar API provides a variety of commands to download backup data. This is useful for automating backups using custom tools and/or scripts. The .nsb backups can be downloaded using the Bomgar Backup API. Session reports, session recordings, Show My Screen recordings, command shell recordings, presentation recordings, and exit surveys can be downloaded using the Reporting API.</source>
        <extracomment>01_prepare.json#schedule</extracomment>
        <translation>Neben der Schaltfläche **Download Backup** und dem Integration Client bietet die Bomgar-API verschiedene Befehle zum Herunterladen von Backup-Daten. Das ist nützlich, um Backups mit eigenen Werkzeugen und/oder Skripten zu automatisieren. Die .nsb-Backups lassen sich mit der Bomgar Backup API herunterladen. Sitzungsberichte, Sitzungsaufzeichnungen, Show-My-Screen-Aufzeichnungen, Command-Shell-Aufzeichnungen, Präsentationsaufzeichnungen und Exit-Umfragen lassen sich mit der Reporting API herunterladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failover pair: the primary appliance failed</source>
        <extracomment>02_failover_primary_failed.json</extracomment>
        <translation>Failover-Paar: Die primäre Appliance ist ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirect traffic to the backup appliance, make it primary, confirm the clients, then repair the failed appliance and bring it back into the failover relationship.</source>
        <extracomment>02_failover_primary_failed.json</extracomment>
        <translation>Datenverkehr auf die Backup-Appliance umleiten, sie zur primären machen, die Clients bestätigen, dann die ausgefallene Appliance reparieren und wieder in die Failover-Beziehung aufnehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How a failover pair recovers</source>
        <extracomment>02_failover_primary_failed.json#intro</extracomment>
        <translation>Wie sich ein Failover-Paar wiederherstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar customer clients and representative consoles are built to attempt connection with the primary Bomgar Appliance at a specific address. In the event of a primary appliance failure, this address is used to redirect clients from the failed appliance to the backup appliance. This can be done using one of three network routing methods: shared IP, DNS swing, or NAT swing.</source>
        <extracomment>02_failover_primary_failed.json#intro</extracomment>
        <translation>Bomgar-Kundenclients und Technikerkonsolen versuchen, sich unter einer bestimmten Adresse mit der primären Bomgar-Appliance zu verbinden. Fällt die primäre Appliance aus, wird über diese Adresse der Client-Verkehr von der ausgefallenen Appliance auf die Backup-Appliance umgeleitet. Dafür gibt es drei Routing-Methoden: gemeinsame IP (Shared IP), DNS-Umschaltung (DNS swing) oder NAT-Umschaltung (NAT swing).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Though client traffic is redirected to the backup appliance, this appliance does not accept connections until it takes the primary role. Once a backup appliance takes the primary role, it begins accepting client connections and provides all the same services the failed appliance did. This role change can be triggered manually or automatically.</source>
        <extracomment>02_failover_primary_failed.json#intro</extracomment>
        <translation>Auch wenn der Client-Verkehr auf die Backup-Appliance umgeleitet wird, nimmt diese keine Verbindungen an, bevor sie die primäre Rolle übernimmt. Sobald eine Backup-Appliance die primäre Rolle übernimmt, nimmt sie Client-Verbindungen an und stellt alle Dienste bereit, die die ausgefallene Appliance bereitgestellt hat. Dieser Rollenwechsel kann manuell oder automatisch ausgelöst werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site address</source>
        <extracomment>02_failover_primary_failed.json#site_fqdn</extracomment>
        <translation>Site-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address clients and representative consoles connect to.</source>
        <extracomment>02_failover_primary_failed.json#site_fqdn</extracomment>
        <translation>Die Adresse, mit der sich Clients und Technikerkonsolen verbinden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site FQDN</source>
        <extracomment>02_failover_primary_failed.json#site_fqdn</extracomment>
        <translation>FQDN der Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed primary appliance</source>
        <extracomment>02_failover_primary_failed.json#primary_host</extracomment>
        <translation>Ausgefallene primäre Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name or IP address of the failed primary appliance.</source>
        <extracomment>02_failover_primary_failed.json#primary_host</extracomment>
        <translation>Hostname oder IP-Adresse der ausgefallenen primären Appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup appliance</source>
        <extracomment>02_failover_primary_failed.json#backup_host</extracomment>
        <translation>Backup-Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name or IP address of the backup appliance that will take over.</source>
        <extracomment>02_failover_primary_failed.json#backup_host</extracomment>
        <translation>Hostname oder IP-Adresse der Backup-Appliance, die übernehmen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirect network traffic from the primary to the backup appliance</source>
        <extracomment>02_failover_primary_failed.json#routing</extracomment>
        <translation>Netzwerkverkehr von der primären auf die Backup-Appliance umleiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirect network traffic from the primary to the backup appliance. How are the appliances configured?</source>
        <extracomment>02_failover_primary_failed.json#routing</extracomment>
        <translation>Leiten Sie den Netzwerkverkehr von der primären auf die Backup-Appliance um. Wie sind die Appliances eingerichtet?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network routing method</source>
        <extracomment>02_failover_primary_failed.json#routing</extracomment>
        <translation>Routing-Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared IP</source>
        <extracomment>02_failover_primary_failed.json#routing</extracomment>
        <translation>Gemeinsame IP (Shared IP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS swing</source>
        <extracomment>02_failover_primary_failed.json#routing</extracomment>
        <translation>DNS-Umschaltung (DNS swing)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAT swing</source>
        <extracomment>02_failover_primary_failed.json#routing</extracomment>
        <translation>NAT-Umschaltung (NAT swing)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**Shared IP:** The backup appliance automatically takes over the IP address of the failed appliance.</source>
        <extracomment>02_failover_primary_failed.json#redirect_shared_ip</extracomment>
        <translation>**Gemeinsame IP:** Die Backup-Appliance übernimmt automatisch die IP-Adresse der ausgefallenen Appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address of the backup appliance</source>
        <extracomment>02_failover_primary_failed.json#backup_ip</extracomment>
        <translation>IP-Adresse der Backup-Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The IP address the DNS A-record must now resolve to.</source>
        <extracomment>02_failover_primary_failed.json#backup_ip</extracomment>
        <translation>Die IP-Adresse, auf die der DNS-A-Eintrag jetzt auflösen muss.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup appliance IP address</source>
        <extracomment>02_failover_primary_failed.json#backup_ip</extracomment>
        <translation>IP-Adresse der Backup-Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**DNS swing:** Update the DNS A-record of the primary appliance to resolve the IP address of the backup appliance.</source>
        <extracomment>02_failover_primary_failed.json#redirect_dns</extracomment>
        <translation>**DNS-Umschaltung:** Ändern Sie den DNS-A-Eintrag der primären Appliance so, dass er auf die IP-Adresse der Backup-Appliance auflöst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site name resolves to the backup appliance</source>
        <extracomment>02_failover_primary_failed.json#verify_dns</extracomment>
        <translation>Der Site-Name löst auf die Backup-Appliance auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks that the DNS A-record of the site now resolves to the IP address of the backup appliance.</source>
        <extracomment>02_failover_primary_failed.json#verify_dns</extracomment>
        <translation>Prüft, ob der DNS-A-Eintrag der Site jetzt auf die IP-Adresse der Backup-Appliance auflöst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**NAT swing:** Update the firewall NAT rule(s) to resolve the client-facing / public IP of the failed appliance to the private IP of the backup appliance.</source>
        <extracomment>02_failover_primary_failed.json#redirect_nat</extracomment>
        <translation>**NAT-Umschaltung:** Ändern Sie die NAT-Regel(n) der Firewall so, dass die client-seitige/öffentliche IP der ausgefallenen Appliance auf die private IP der Backup-Appliance übersetzt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site address answers, and it is the backup appliance</source>
        <extracomment>02_failover_primary_failed.json#verify_site_address</extracomment>
        <translation>Die Site-Adresse antwortet, und es ist die Backup-Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks that the site address answers and that the appliance behind it is the backup appliance (same appliance GUID in check_health).</source>
        <extracomment>02_failover_primary_failed.json#verify_site_address</extracomment>
        <translation>Prüft, ob die Site-Adresse antwortet und die Appliance dahinter die Backup-Appliance ist (gleiche Appliance-GUID in check_health).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the backup appliance take over the primary role</source>
        <extracomment>02_failover_primary_failed.json#automatic_failover</extracomment>
        <translation>Die Backup-Appliance die primäre Rolle übernehmen lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the backup appliance take over the primary role. Is **Enable Automatic Failover** enabled or disabled?</source>
        <extracomment>02_failover_primary_failed.json#automatic_failover</extracomment>
        <translation>Lassen Sie die Backup-Appliance die primäre Rolle übernehmen. Ist **Enable Automatic Failover** aktiviert oder deaktiviert?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable Automatic Failover</source>
        <extracomment>02_failover_primary_failed.json#automatic_failover</extracomment>
        <translation>Enable Automatic Failover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <extracomment>02_failover_primary_failed.json#automatic_failover</extracomment>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <extracomment>02_failover_primary_failed.json#automatic_failover</extracomment>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic failover: the backup takes the primary role by itself</source>
        <extracomment>02_failover_primary_failed.json#automatic_takeover</extracomment>
        <translation>Automatisches Failover: Die Backup-Appliance übernimmt die primäre Rolle selbst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**Enabled:** If the backup appliance can reach the **Network Connectivity Test IPs** and cannot reach the primary appliance during the **Primary Site Instance Timeout** period, the backup appliance automatically takes the primary role.</source>
        <extracomment>02_failover_primary_failed.json#automatic_takeover</extracomment>
        <translation>**Aktiviert:** Erreicht die Backup-Appliance die **Network Connectivity Test IPs**, die primäre Appliance aber während der Zeitspanne **Primary Site Instance Timeout** nicht, übernimmt die Backup-Appliance automatisch die primäre Rolle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in automatic failover and API-driven role changes can conflict: do not also change the role by hand or through the API.</source>
        <extracomment>02_failover_primary_failed.json#automatic_takeover</extracomment>
        <translation>Das eingebaute automatische Failover und per API ausgelöste Rollenwechsel können sich in die Quere kommen: Ändern Sie die Rolle nicht zusätzlich von Hand oder über die API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup appliance has taken the primary role</source>
        <extracomment>02_failover_primary_failed.json#observe_automatic_role</extracomment>
        <translation>Die Backup-Appliance hat die primäre Rolle übernommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observes the backup appliance&apos;s failover role in check_health until it reads primary.</source>
        <extracomment>02_failover_primary_failed.json#observe_automatic_role</extracomment>
        <translation>Beobachtet die Failover-Rolle der Backup-Appliance in check_health, bis sie primary lautet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the Become Primary button or the API</source>
        <extracomment>02_failover_primary_failed.json#promote_method</extracomment>
        <translation>Schaltfläche „Become Primary“ oder die API verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**Disabled:** Use the **Become Primary** button or the **API command:** set failover role.</source>
        <extracomment>02_failover_primary_failed.json#promote_method</extracomment>
        <translation>**Deaktiviert:** Verwenden Sie die Schaltfläche **Become Primary** oder den **API-Befehl:** set failover role.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How will the backup appliance become primary?</source>
        <extracomment>02_failover_primary_failed.json#promote_method</extracomment>
        <translation>Wie wird die Backup-Appliance primär?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Become Primary button</source>
        <extracomment>02_failover_primary_failed.json#promote_method</extracomment>
        <translation>Schaltfläche „Become Primary“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API command: set failover role</source>
        <extracomment>02_failover_primary_failed.json#promote_method</extracomment>
        <translation>API-Befehl: set failover role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click Become Primary on the backup appliance</source>
        <extracomment>02_failover_primary_failed.json#become_primary_button</extracomment>
        <translation>Auf der Backup-Appliance auf „Become Primary“ klicken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To use the button, log into the backup appliance&apos;s /login administrative web interface. Browse to **Management &gt; Failover**. Click **Become Primary**, leaving the adjacent box not checked.</source>
        <extracomment>02_failover_primary_failed.json#become_primary_button</extracomment>
        <translation>Um die Schaltfläche zu verwenden, melden Sie sich an der administrativen Weboberfläche /login der Backup-Appliance an. Öffnen Sie **Management &gt; Failover**. Klicken Sie auf **Become Primary** und lassen Sie das Kästchen daneben deaktiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the adjacent box not checked: a role change that syncs first disconnects every user on the current primary, and nothing else works until the swap ends.</source>
        <extracomment>02_failover_primary_failed.json#become_primary_button</extracomment>
        <translation>Lassen Sie das Kästchen daneben deaktiviert: Ein Rollenwechsel mit vorheriger Synchronisierung trennt alle Benutzer von der aktuellen primären Appliance, und bis zum Ende des Wechsels funktioniert nichts anderes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The old primary appliance does not answer from here</source>
        <extracomment>02_failover_primary_failed.json#guard_primary_down</extracomment>
        <translation>Die alte primäre Appliance antwortet von hier aus nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before promoting the backup, make sure the failed primary is really down: two primaries would split the site.</source>
        <extracomment>02_failover_primary_failed.json#guard_primary_down</extracomment>
        <translation>Stellen Sie vor dem Hochstufen der Backup-Appliance sicher, dass die ausgefallene primäre wirklich aus ist: Zwei primäre Appliances würden die Site spalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other appliance reports the primary role</source>
        <extracomment>02_failover_primary_failed.json#guard_no_other_primary</extracomment>
        <translation>Keine andere Appliance meldet die primäre Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the backup appliance for get_appliances: no appliance of the pair may report the primary role.</source>
        <extracomment>02_failover_primary_failed.json#guard_no_other_primary</extracomment>
        <translation>Fragt die Backup-Appliance mit get_appliances ab: Keine Appliance des Paars darf die primäre Rolle melden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup appliance is healthy</source>
        <extracomment>02_failover_primary_failed.json#guard_backup_healthy</extracomment>
        <translation>Die Backup-Appliance ist fehlerfrei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check_health on the backup appliance reports success.</source>
        <extracomment>02_failover_primary_failed.json#guard_backup_healthy</extracomment>
        <translation>check_health auf der Backup-Appliance meldet Erfolg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the backup appliance primary (API command: set failover role)</source>
        <extracomment>02_failover_primary_failed.json#set_role_primary</extracomment>
        <translation>Die Backup-Appliance zur primären machen (API-Befehl: set failover role)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends the API command set failover role with role=primary to the backup appliance, without syncing first.</source>
        <extracomment>02_failover_primary_failed.json#set_role_primary</extracomment>
        <translation>Sendet den API-Befehl set failover role mit role=primary an die Backup-Appliance, ohne vorherige Synchronisierung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in automatic failover and API-driven role changes can conflict: use the API only when **Enable Automatic Failover** is disabled.</source>
        <extracomment>02_failover_primary_failed.json#set_role_primary</extracomment>
        <translation>Das eingebaute automatische Failover und per API ausgelöste Rollenwechsel können sich in die Quere kommen: Verwenden Sie die API nur, wenn **Enable Automatic Failover** deaktiviert ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make %1 the primary appliance now.</source>
        <extracomment>02_failover_primary_failed.json#set_role_primary</extracomment>
        <translation>%1 jetzt zur primären Appliance machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup appliance reports the primary role</source>
        <extracomment>02_failover_primary_failed.json#role_is_primary</extracomment>
        <translation>Die Backup-Appliance meldet die primäre Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polls check_health on the backup appliance until its failover role reads primary.</source>
        <extracomment>02_failover_primary_failed.json#role_is_primary</extracomment>
        <translation>Fragt check_health auf der Backup-Appliance ab, bis ihre Failover-Rolle primary lautet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shared IP answers, and it is the backup appliance</source>
        <extracomment>02_failover_primary_failed.json#verify_shared_ip</extracomment>
        <translation>Die gemeinsame IP antwortet, und es ist die Backup-Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks that the site address answers and that the appliance behind it is the backup appliance (same appliance GUID in check_health). The shared IP address is served by the appliance in the primary role, so it moves to the backup appliance once it has taken that role.</source>
        <extracomment>02_failover_primary_failed.json#verify_shared_ip</extracomment>
        <translation>Prüft, ob die Site-Adresse antwortet und die Appliance dahinter die Backup-Appliance ist (gleiche Appliance-GUID in check_health). Die gemeinsame IP-Adresse wird von der Appliance in der primären Rolle bedient und wandert daher zur Backup-Appliance, sobald diese die Rolle übernommen hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the clients are working</source>
        <extracomment>02_failover_primary_failed.json#clients_working</extracomment>
        <translation>Bestätigen, dass die Clients funktionieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the clients are working, and proceed to perform maintenance on the failed appliance.</source>
        <extracomment>02_failover_primary_failed.json#clients_working</extracomment>
        <translation>Bestätigen Sie, dass die Clients funktionieren, und fahren Sie mit der Wartung der ausgefallenen Appliance fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the failed appliance</source>
        <extracomment>02_failover_primary_failed.json#restore_failed_unit</extracomment>
        <translation>Die ausgefallene Appliance wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When an appliance in a failover pair has failed and been replaced, the second appliance in the pair should be servicing clients while the failed appliance is restored. The restore process for the failed appliance varies depending on its type.</source>
        <extracomment>02_failover_primary_failed.json#restore_failed_unit</extracomment>
        <translation>Ist eine Appliance eines Failover-Paars ausgefallen und ersetzt worden, sollte die zweite Appliance des Paars die Clients bedienen, während die ausgefallene wiederhergestellt wird. Wie die ausgefallene Appliance wiederhergestellt wird, hängt von ihrer Art ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the Virtual appliance or Hardware appliance scenario until the repaired appliance&apos;s /appliance web interface is online, then continue here.</source>
        <extracomment>02_failover_primary_failed.json#restore_failed_unit</extracomment>
        <translation>Folgen Sie dem Szenario für virtuelle Appliances oder Hardware-Appliances, bis die Weboberfläche /appliance der reparierten Appliance erreichbar ist, und fahren Sie dann hier fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore its certificates</source>
        <extracomment>02_failover_primary_failed.json#certificate_source</extracomment>
        <translation>Ihre Zertifikate wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the appliance has been restored, restore its certificates either from a backup or by exporting them from the primary appliance.</source>
        <extracomment>02_failover_primary_failed.json#certificate_source</extracomment>
        <translation>Ist die Appliance wiederhergestellt, stellen Sie ihre Zertifikate wieder her, entweder aus einem Backup oder per Export von der primären Appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where do the certificates come from?</source>
        <extracomment>02_failover_primary_failed.json#certificate_source</extracomment>
        <translation>Woher kommen die Zertifikate?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From a backup</source>
        <extracomment>02_failover_primary_failed.json#certificate_source</extracomment>
        <translation>Aus einem Backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export them from the primary appliance</source>
        <extracomment>02_failover_primary_failed.json#certificate_source</extracomment>
        <translation>Export von der primären Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore its /login administrative interface</source>
        <extracomment>02_failover_primary_failed.json#login_site_package</extracomment>
        <translation>Ihre administrative Oberfläche /login wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the failed appliance is online and has the primary appliance&apos;s certificates installed, restore its /login administrative interface. Since the primary appliance should already have all settings and data, it is generally not advisable to restore backup files to a backup appliance manually. However, installing a /login site package is needed.</source>
        <extracomment>02_failover_primary_failed.json#login_site_package</extracomment>
        <translation>Ist die ausgefallene Appliance online und sind die Zertifikate der primären Appliance installiert, stellen Sie ihre administrative Oberfläche /login wieder her. Da die primäre Appliance bereits alle Einstellungen und Daten haben sollte, ist es im Allgemeinen nicht ratsam, Backup-Dateien manuell auf einer Backup-Appliance wiederherzustellen. Die Installation eines /login-Site-Pakets ist jedoch nötig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is a backup file needed?</source>
        <extracomment>02_failover_primary_failed.json#backup_needed</extracomment>
        <translation>Wird eine Backup-Datei gebraucht?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is still possible to download and restore backup files to failover appliances; however, it is not ideal unless the primary failover appliance is missing crucial data that exists only in a backup file.</source>
        <extracomment>02_failover_primary_failed.json#backup_needed</extracomment>
        <translation>Backup-Dateien lassen sich weiterhin herunterladen und auf Failover-Appliances wiederherstellen; das ist aber nicht ideal, es sei denn, der primären Failover-Appliance fehlen wichtige Daten, die es nur in einer Backup-Datei gibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is the primary failover appliance missing crucial data that exists only in a backup file?</source>
        <extracomment>02_failover_primary_failed.json#backup_needed</extracomment>
        <translation>Fehlen der primären Failover-Appliance wichtige Daten, die es nur in einer Backup-Datei gibt?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: establish failover and sync</source>
        <extracomment>02_failover_primary_failed.json#backup_needed</extracomment>
        <translation>Nein: Failover einrichten und synchronisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes: restore a backup file</source>
        <extracomment>02_failover_primary_failed.json#backup_needed</extracomment>
        <translation>Ja: eine Backup-Datei wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring a backup overwrites the failover settings</source>
        <extracomment>02_failover_primary_failed.json#restore_warning</extracomment>
        <translation>Die Wiederherstellung eines Backups überschreibt die Failover-Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a backup is restored, failover settings are overwritten with the values contained in the backup. This includes both **/login &gt; Management &gt; Failover** settings and the **Inter-appliance Communication Pre-shared Key** found in **/login &gt; Management &gt; Security**. This means that if a backup is restored to an appliance in active failover, the failover connection is likely to have issues.</source>
        <extracomment>02_failover_primary_failed.json#restore_warning</extracomment>
        <translation>Wird ein Backup wiederhergestellt, werden die Failover-Einstellungen mit den Werten aus dem Backup überschrieben. Das betrifft sowohl die Einstellungen unter **/login &gt; Management &gt; Failover** als auch den **Inter-appliance Communication Pre-shared Key** unter **/login &gt; Management &gt; Security**. Wird ein Backup also auf einer Appliance in aktivem Failover wiederhergestellt, hat die Failover-Verbindung wahrscheinlich Probleme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Because of this, the best practice is to break failover, restore the backup, reset the pre-shared key, and re-establish the failover relationship.</source>
        <extracomment>02_failover_primary_failed.json#restore_warning</extracomment>
        <translation>Bewährt hat sich deshalb: Failover auflösen, Backup wiederherstellen, Pre-Shared Key zurücksetzen und die Failover-Beziehung neu einrichten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For details, please see Failover Dynamics and Options with Bomgar at www.bomgar.com/docs/remote-support/how-to/failover/failover-dynamics-with-bomgar.htm.</source>
        <extracomment>02_failover_primary_failed.json#restore_warning</extracomment>
        <translation>Einzelheiten finden Sie in „Failover Dynamics and Options with Bomgar“ unter www.bomgar.com/docs/remote-support/how-to/failover/failover-dynamics-with-bomgar.htm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break failover</source>
        <extracomment>02_failover_primary_failed.json#break_failover</extracomment>
        <translation>Failover auflösen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break failover before restoring the backup.</source>
        <extracomment>02_failover_primary_failed.json#break_failover</extracomment>
        <translation>Lösen Sie das Failover auf, bevor Sie das Backup wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the pre-shared key</source>
        <extracomment>02_failover_primary_failed.json#reset_psk</extracomment>
        <translation>Pre-Shared Key zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the **Inter-appliance Communication Pre-shared Key** found in **/login &gt; Management &gt; Security**.</source>
        <extracomment>02_failover_primary_failed.json#reset_psk</extracomment>
        <translation>Setzen Sie den **Inter-appliance Communication Pre-shared Key** unter **/login &gt; Management &gt; Security** zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Establish failover and sync</source>
        <extracomment>02_failover_primary_failed.json#establish_failover</extracomment>
        <translation>Failover einrichten und synchronisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Establish failover from the active appliance to the repaired one and sync them as described in Establish the Primary/Backup Failover Relationship Between Two Appliances at www.bomgar.com/docs/remote-support/how-to/failover/backup.htm.</source>
        <extracomment>02_failover_primary_failed.json#establish_failover</extracomment>
        <translation>Richten Sie das Failover von der aktiven Appliance zur reparierten ein und synchronisieren Sie beide, wie in „Establish the Primary/Backup Failover Relationship Between Two Appliances“ unter www.bomgar.com/docs/remote-support/how-to/failover/backup.htm beschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repaired appliance is the backup</source>
        <extracomment>02_failover_primary_failed.json#repaired_is_backup</extracomment>
        <translation>Die reparierte Appliance ist die Backup-Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the restored appliance in a failover pair has formerly been the primary appliance in the failover relationship, it re-enters the failover relationship as the backup appliance.</source>
        <extracomment>02_failover_primary_failed.json#repaired_is_backup</extracomment>
        <translation>War die wiederhergestellte Appliance eines Failover-Paars zuvor die primäre Appliance der Failover-Beziehung, tritt sie als Backup-Appliance wieder in die Failover-Beziehung ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make it primary once again?</source>
        <extracomment>02_failover_primary_failed.json#make_primary_again</extracomment>
        <translation>Wieder zur primären machen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sometimes, it can remain this way, but in other scenarios, it is desirable to make it primary once again.</source>
        <extracomment>02_failover_primary_failed.json#make_primary_again</extracomment>
        <translation>Manchmal kann es so bleiben, in anderen Fällen soll sie wieder die primäre werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Should the repaired appliance become primary again?</source>
        <extracomment>02_failover_primary_failed.json#make_primary_again</extracomment>
        <translation>Soll die reparierte Appliance wieder primär werden?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, it stays the backup</source>
        <extracomment>02_failover_primary_failed.json#make_primary_again</extracomment>
        <translation>Nein, sie bleibt die Backup-Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, make it primary again</source>
        <extracomment>02_failover_primary_failed.json#make_primary_again</extracomment>
        <translation>Ja, wieder zur primären machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Establish failover for planned maintenance</source>
        <extracomment>02_failover_primary_failed.json#planned_maintenance</extracomment>
        <translation>Failover für geplante Wartung einrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the instructions in Establish Failover for Planned Maintenance at www.bomgar.com/docs/remote-support/how-to/failover/planned-maintenance.htm. The process varies slightly, depending on how the network is routing traffic to the primary appliance. The routing methods are IP failover, DNS swing, or NAT swing.</source>
        <extracomment>02_failover_primary_failed.json#planned_maintenance</extracomment>
        <translation>Folgen Sie den Anweisungen in „Establish Failover for Planned Maintenance“ unter www.bomgar.com/docs/remote-support/how-to/failover/planned-maintenance.htm. Der Ablauf unterscheidet sich etwas, je nachdem, wie das Netzwerk den Verkehr zur primären Appliance leitet. Die Routing-Methoden sind IP-Failover, DNS-Umschaltung oder NAT-Umschaltung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repaired appliance reports the primary role</source>
        <extracomment>02_failover_primary_failed.json#repaired_is_primary</extracomment>
        <translation>Die reparierte Appliance meldet die primäre Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polls check_health on the repaired appliance until its failover role reads primary.</source>
        <extracomment>02_failover_primary_failed.json#repaired_is_primary</extracomment>
        <translation>Fragt check_health auf der reparierten Appliance ab, bis ihre Failover-Rolle primary lautet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cold spare: bring the spare appliance online</source>
        <extracomment>03_cold_spare.json</extracomment>
        <translation>Cold Spare: die Ersatz-Appliance in Betrieb nehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the backups onto the spare appliance first, then redirect client traffic to it by DNS or NAT swing, or give it the failed appliance&apos;s IP address (on the same switch, the switch must be rebooted).</source>
        <extracomment>03_cold_spare.json</extracomment>
        <translation>Zuerst die Backups auf der Ersatz-Appliance wiederherstellen, dann den Client-Verkehr per DNS- oder NAT-Umschaltung auf sie umleiten oder ihr die IP-Adresse der ausgefallenen Appliance geben (am selben Switch muss der Switch neu gestartet werden).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore first, then redirect</source>
        <extracomment>03_cold_spare.json#intro</extracomment>
        <translation>Erst wiederherstellen, dann umleiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the event that there is a cold spare instead of a failover appliance, begin the recovery process by restoring settings and data from the backup(s) to the spare appliance.</source>
        <extracomment>03_cold_spare.json#intro</extracomment>
        <translation>Gibt es statt einer Failover-Appliance einen Cold Spare, beginnen Sie die Wiederherstellung damit, Einstellungen und Daten aus dem Backup bzw. den Backups auf der Ersatz-Appliance wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before restoring any of this, first complete the appliance IP network configuration. Once that is done, remaining /appliance configuration, certificates, and /login settings can be restored remotely.</source>
        <extracomment>03_cold_spare.json#intro</extracomment>
        <translation>Schließen Sie vor jeder dieser Wiederherstellungen zuerst die IP-Netzwerkkonfiguration der Appliance ab. Danach lassen sich die übrige /appliance-Konfiguration, die Zertifikate und die /login-Einstellungen aus der Ferne wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spare appliance</source>
        <extracomment>03_cold_spare.json#spare_host</extracomment>
        <translation>Ersatz-Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name or IP address at which the spare appliance answers now.</source>
        <extracomment>03_cold_spare.json#spare_host</extracomment>
        <translation>Hostname oder IP-Adresse, unter der die Ersatz-Appliance jetzt antwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete the spare&apos;s IP network configuration</source>
        <extracomment>03_cold_spare.json#network_configuration</extracomment>
        <translation>Die IP-Netzwerkkonfiguration der Ersatz-Appliance abschließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before restoring any of this, first complete the appliance IP network configuration. Once that is done, remaining /appliance configuration, certificates, and /login settings can be restored remotely as described below.</source>
        <extracomment>03_cold_spare.json#network_configuration</extracomment>
        <translation>Schließen Sie vor jeder dieser Wiederherstellungen zuerst die IP-Netzwerkkonfiguration der Appliance ab. Danach lassen sich die übrige /appliance-Konfiguration, die Zertifikate und die /login-Einstellungen wie unten beschrieben aus der Ferne wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirect the client traffic to the spare appliance</source>
        <extracomment>03_cold_spare.json#redirect</extracomment>
        <translation>Den Client-Verkehr auf die Ersatz-Appliance umleiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the data is restored, redirect the client traffic to the spare appliance using DNS or NAT swing. If the spare appliance is on the same local network as the failed appliance, attempt to assign the IP of the failed appliance to the spare appliance.</source>
        <extracomment>03_cold_spare.json#redirect</extracomment>
        <translation>Sind die Daten wiederhergestellt, leiten Sie den Client-Verkehr per DNS- oder NAT-Umschaltung auf die Ersatz-Appliance um. Steht die Ersatz-Appliance im selben lokalen Netz wie die ausgefallene, versuchen Sie, ihr die IP der ausgefallenen Appliance zuzuweisen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How will client traffic reach the spare appliance?</source>
        <extracomment>03_cold_spare.json#redirect</extracomment>
        <translation>Wie erreicht der Client-Verkehr die Ersatz-Appliance?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same local network: give it the failed appliance&apos;s IP</source>
        <extracomment>03_cold_spare.json#redirect</extracomment>
        <translation>Selbes lokales Netz: ihr die IP der ausgefallenen Appliance geben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address of the spare appliance</source>
        <extracomment>03_cold_spare.json#spare_ip</extracomment>
        <translation>IP-Adresse der Ersatz-Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spare appliance IP address</source>
        <extracomment>03_cold_spare.json#spare_ip</extracomment>
        <translation>IP-Adresse der Ersatz-Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the DNS A-record of the failed appliance to resolve the IP address of the spare appliance.</source>
        <extracomment>03_cold_spare.json#dns_swing</extracomment>
        <translation>Ändern Sie den DNS-A-Eintrag der ausgefallenen Appliance so, dass er auf die IP-Adresse der Ersatz-Appliance auflöst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site name resolves to the spare appliance</source>
        <extracomment>03_cold_spare.json#verify_dns</extracomment>
        <translation>Der Site-Name löst auf die Ersatz-Appliance auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks that the DNS A-record of the site now resolves to the IP address of the spare appliance.</source>
        <extracomment>03_cold_spare.json#verify_dns</extracomment>
        <translation>Prüft, ob der DNS-A-Eintrag der Site jetzt auf die IP-Adresse der Ersatz-Appliance auflöst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the firewall NAT rule(s) to resolve the client-facing / public IP of the failed appliance to the private IP of the spare appliance.</source>
        <extracomment>03_cold_spare.json#nat_swing</extracomment>
        <translation>Ändern Sie die NAT-Regel(n) der Firewall so, dass die client-seitige/öffentliche IP der ausgefallenen Appliance auf die private IP der Ersatz-Appliance übersetzt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign the failed appliance&apos;s IP to the spare</source>
        <extracomment>03_cold_spare.json#take_ip</extracomment>
        <translation>Die IP der ausgefallenen Appliance der Ersatz-Appliance zuweisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the spare appliance is on the same local network as the failed appliance, attempt to assign the IP of the failed appliance to the spare appliance.</source>
        <extracomment>03_cold_spare.json#take_ip</extracomment>
        <translation>Steht die Ersatz-Appliance im selben lokalen Netz wie die ausgefallene, versuchen Sie, ihr die IP der ausgefallenen Appliance zuzuweisen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same switch?</source>
        <extracomment>03_cold_spare.json#same_switch</extracomment>
        <translation>Selber Switch?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>However, if the spare appliance is on the same switch as the failed appliance, this switch must be rebooted for the change to take effect.</source>
        <extracomment>03_cold_spare.json#same_switch</extracomment>
        <translation>Hängt die Ersatz-Appliance jedoch am selben Switch wie die ausgefallene, muss dieser Switch neu gestartet werden, damit die Änderung wirksam wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is the spare appliance on the same switch as the failed appliance?</source>
        <extracomment>03_cold_spare.json#same_switch</extracomment>
        <translation>Hängt die Ersatz-Appliance am selben Switch wie die ausgefallene Appliance?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, the same switch</source>
        <extracomment>03_cold_spare.json#same_switch</extracomment>
        <translation>Ja, am selben Switch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reboot the switch</source>
        <extracomment>03_cold_spare.json#reboot_switch</extracomment>
        <translation>Den Switch neu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The spare appliance is on the same switch as the failed appliance: this switch must be rebooted for the change to take effect.</source>
        <extracomment>03_cold_spare.json#reboot_switch</extracomment>
        <translation>Die Ersatz-Appliance hängt am selben Switch wie die ausgefallene: Dieser Switch muss neu gestartet werden, damit die Änderung wirksam wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site address answers, and it is the spare appliance</source>
        <extracomment>03_cold_spare.json#verify_site_address</extracomment>
        <translation>Die Site-Adresse antwortet, und es ist die Ersatz-Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks that the site address answers and that the appliance behind it is the spare appliance (same appliance GUID in check_health).</source>
        <extracomment>03_cold_spare.json#verify_site_address</extracomment>
        <translation>Prüft, ob die Site-Adresse antwortet und die Appliance dahinter die Ersatz-Appliance ist (gleiche Appliance-GUID in check_health).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual appliance failed</source>
        <extracomment>04_virtual_appliance.json</extracomment>
        <translation>Virtuelle Appliance ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a recent snapshot or checkpoint first; otherwise redeploy the OVA (VMware) or EXE (Hyper-V), enter IP, subnet mask and default gateway on the console, update, and restore certificates and /login.</source>
        <extracomment>04_virtual_appliance.json</extracomment>
        <translation>Zuerst einen aktuellen Snapshot oder Checkpoint wiederherstellen; sonst die OVA (VMware) oder EXE (Hyper-V) neu bereitstellen, IP, Subnetzmaske und Standard-Gateway an der Konsole eingeben, aktualisieren und Zertifikate sowie /login wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshots and checkpoints</source>
        <extracomment>04_virtual_appliance.json#platforms</extracomment>
        <translation>Snapshots und Checkpoints</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar&apos;s virtual appliances are certified for VMware vCenter 5.0+ and Hyper-V 2012 R2. These appliances support virtual machine **snapshots** (VMware) and **checkpoints** (Hyper-V). A checkpoint or snapshot represents the state of a virtual machine at the time it was taken and includes the following:
- Files and memory state of the virtual machine&apos;s guest operating system
- Settings and configuration of the virtual machine and its virtual hardware.</source>
        <extracomment>04_virtual_appliance.json#platforms</extracomment>
        <translation>Die virtuellen Appliances von Bomgar sind für VMware vCenter 5.0+ und Hyper-V 2012 R2 zertifiziert. Sie unterstützen **Snapshots** (VMware) und **Checkpoints** (Hyper-V) virtueller Maschinen. Ein Checkpoint oder Snapshot gibt den Zustand einer virtuellen Maschine zum Zeitpunkt seiner Erstellung wieder und umfasst:
- Dateien und Speicherzustand des Gastbetriebssystems der virtuellen Maschine
- Einstellungen und Konfiguration der virtuellen Maschine und ihrer virtuellen Hardware.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is there a recent snapshot or checkpoint?</source>
        <extracomment>04_virtual_appliance.json#has_snapshot</extracomment>
        <translation>Gibt es einen aktuellen Snapshot oder Checkpoint?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the Bomgar Virtual Appliance experiences a failure and there is a recent snapshot or checkpoint, try restoring it first. This is often the fastest way to restore functionality.</source>
        <extracomment>04_virtual_appliance.json#has_snapshot</extracomment>
        <translation>Fällt die Bomgar Virtual Appliance aus und gibt es einen aktuellen Snapshot oder Checkpoint, versuchen Sie zuerst, diesen wiederherzustellen. Das ist oft der schnellste Weg, die Funktion wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the snapshot or checkpoint</source>
        <extracomment>04_virtual_appliance.json#restore_snapshot</extracomment>
        <translation>Snapshot oder Checkpoint wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the recent snapshot (VMware) or checkpoint (Hyper-V) of the virtual appliance.</source>
        <extracomment>04_virtual_appliance.json#restore_snapshot</extracomment>
        <translation>Stellen Sie den aktuellen Snapshot (VMware) oder Checkpoint (Hyper-V) der virtuellen Appliance wieder her.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did the snapshot restore functionality?</source>
        <extracomment>04_virtual_appliance.json#snapshot_worked</extracomment>
        <translation>Hat der Snapshot die Funktion wiederhergestellt?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the appliance was repaired or restored from a snapshot instead of replaced or re-installed, the repaired appliance still has a /login site package installed, but it may be necessary to upgrade the site to the same version as the failover appliance or to a version compatible with the backup file.</source>
        <extracomment>04_virtual_appliance.json#snapshot_worked</extracomment>
        <translation>Wurde die Appliance repariert oder aus einem Snapshot wiederhergestellt statt ersetzt oder neu installiert, ist auf der reparierten Appliance noch ein /login-Site-Paket installiert; möglicherweise muss die Site aber auf dieselbe Version wie die Failover-Appliance oder auf eine zum Backup passende Version aktualisiert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is the appliance working again?</source>
        <extracomment>04_virtual_appliance.json#snapshot_worked</extracomment>
        <translation>Funktioniert die Appliance wieder?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, re-install it</source>
        <extracomment>04_virtual_appliance.json#snapshot_worked</extracomment>
        <translation>Nein, neu installieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deployment file</source>
        <extracomment>04_virtual_appliance.json#deployment_file</extracomment>
        <translation>Die Bereitstellungsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the Bomgar Virtual Appliance is under an active support maintenance contract, Bomgar Support sends an up-to-date VMware or Hyper-V deployment file for the appliance upon request the event of a failure and/or loss of the virtual appliance. To receive a copy, contact Bomgar Support with company information from an authorized email address. This address would normally be the same used to communicate with Bomgar during the initial deployment of the appliance and/or subsequent administrative-level incident management.</source>
        <extracomment>04_virtual_appliance.json#deployment_file</extracomment>
        <translation>Steht die Bomgar Virtual Appliance unter einem aktiven Support-Wartungsvertrag, sendet der Bomgar Support bei Ausfall und/oder Verlust der virtuellen Appliance auf Anfrage eine aktuelle VMware- oder Hyper-V-Bereitstellungsdatei. Um eine Kopie zu erhalten, wenden Sie sich mit Firmenangaben von einer autorisierten E-Mail-Adresse an den Bomgar Support. Das ist normalerweise dieselbe Adresse, die bei der Erstbereitstellung der Appliance und/oder bei späteren Incidents auf Administratorebene für die Kommunikation mit Bomgar verwendet wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is a local copy of the virtual appliance file at hand?</source>
        <extracomment>04_virtual_appliance.json#deployment_file</extracomment>
        <translation>Ist eine lokale Kopie der Datei der virtuellen Appliance zur Hand?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, a local copy</source>
        <extracomment>04_virtual_appliance.json#deployment_file</extracomment>
        <translation>Ja, eine lokale Kopie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, ask Bomgar Support for it</source>
        <extracomment>04_virtual_appliance.json#deployment_file</extracomment>
        <translation>Nein, beim Bomgar Support anfordern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into Hyper-V Manager or the VMware client</source>
        <extracomment>04_virtual_appliance.json#log_in_hypervisor</extracomment>
        <translation>Am Hyper-V-Manager oder VMware-Client anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the Hyper-V Manager or VMware infrastructure client.</source>
        <extracomment>04_virtual_appliance.json#log_in_hypervisor</extracomment>
        <translation>Melden Sie sich am Hyper-V-Manager oder am VMware Infrastructure Client an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To re-install the virtual appliance, follow the procedures outlined in the Bomgar Virtual Appliance Installation Guide at www.bomgar.com/docs/remote-support/getting-started/deployment/virtual/prerequisites.htm. Access to the VMware or Hyper-V administrative management tool is needed to complete this process.</source>
        <extracomment>04_virtual_appliance.json#log_in_hypervisor</extracomment>
        <translation>Um die virtuelle Appliance neu zu installieren, folgen Sie den Verfahren im Bomgar Virtual Appliance Installation Guide unter www.bomgar.com/docs/remote-support/getting-started/deployment/virtual/prerequisites.htm. Dazu ist Zugriff auf das Verwaltungswerkzeug von VMware oder Hyper-V nötig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy the OVA or EXE</source>
        <extracomment>04_virtual_appliance.json#deploy</extracomment>
        <translation>OVA oder EXE bereitstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy the **Bomgar OVA** (VMware) or **EXE** (Hyper-V) file.</source>
        <extracomment>04_virtual_appliance.json#deploy</extracomment>
        <translation>Stellen Sie die Datei **Bomgar OVA** (VMware) oder **EXE** (Hyper-V) bereit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power on the virtual appliance</source>
        <extracomment>04_virtual_appliance.json#power_on</extracomment>
        <translation>Die virtuelle Appliance einschalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the Hyper-V Manager or VMware client to power on the virtual appliance.</source>
        <extracomment>04_virtual_appliance.json#power_on</extracomment>
        <translation>Schalten Sie die virtuelle Appliance mit dem Hyper-V-Manager oder dem VMware-Client ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the virtual console</source>
        <extracomment>04_virtual_appliance.json#open_console</extracomment>
        <translation>Die virtuelle Konsole öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the virtual console.</source>
        <extracomment>04_virtual_appliance.json#open_console</extracomment>
        <translation>Öffnen Sie die virtuelle Konsole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address</source>
        <extracomment>04_virtual_appliance.json#ip_address</extracomment>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the IP address, subnet mask, and default gateway of the appliance.</source>
        <extracomment>04_virtual_appliance.json#ip_address</extracomment>
        <translation>Geben Sie IP-Adresse, Subnetzmaske und Standard-Gateway der Appliance ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network settings of the appliance should already be saved from previous configuration. Otherwise, contact the company network administrator for the appropriate settings.</source>
        <extracomment>04_virtual_appliance.json#ip_address</extracomment>
        <translation>Die Netzwerkeinstellungen der Appliance sollten aus der früheren Konfiguration bereits gesichert sein. Andernfalls erfragen Sie die passenden Einstellungen beim Netzwerkadministrator des Unternehmens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subnet mask</source>
        <extracomment>04_virtual_appliance.json#subnet_mask</extracomment>
        <translation>Subnetzmaske</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default gateway</source>
        <extracomment>04_virtual_appliance.json#gateway</extracomment>
        <translation>Standard-Gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appliance is accessible on the network</source>
        <extracomment>04_virtual_appliance.json#reachable</extracomment>
        <translation>Die Appliance ist im Netzwerk erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects to TCP port 443 of the address entered on the console.</source>
        <extracomment>04_virtual_appliance.json#reachable</extracomment>
        <translation>Verbindet sich mit TCP-Port 443 der an der Konsole eingegebenen Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the appliance</source>
        <extracomment>04_virtual_appliance.json#update</extracomment>
        <translation>Die Appliance aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the appliance is accessible on the network, log into the /appliance administrative web interface, update the appliance, and restore settings, as needed.</source>
        <extracomment>04_virtual_appliance.json#update</extracomment>
        <translation>Ist die Appliance im Netzwerk erreichbar, melden Sie sich an der administrativen Weboberfläche /appliance an, aktualisieren Sie die Appliance und stellen Sie die Einstellungen nach Bedarf wieder her.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a local copy of the deployment file</source>
        <extracomment>04_virtual_appliance.json#keep_local_copy</extracomment>
        <translation>Eine lokale Kopie der Bereitstellungsdatei aufbewahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A local copy of the virtual appliance file should be saved in case the appliance needs to be restored outside of Bomgar Support&apos;s normal business hours.</source>
        <extracomment>04_virtual_appliance.json#keep_local_copy</extracomment>
        <translation>Bewahren Sie eine lokale Kopie der Datei der virtuellen Appliance auf, falls die Appliance außerhalb der normalen Geschäftszeiten des Bomgar Support wiederhergestellt werden muss.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hardware appliance failed</source>
        <extracomment>05_hardware_appliance.json</extracomment>
        <translation>Hardware-Appliance ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the service with a spare or backup appliance, repair at the location with Bomgar Support or go through the RMA, optionally use a temporary hosted site, install the replacement over the link-local addresses, restore certificates and /login, and return the defective appliance.</source>
        <extracomment>05_hardware_appliance.json</extracomment>
        <translation>Den Dienst mit einer Ersatz- oder Backup-Appliance wiederherstellen, mit dem Bomgar Support vor Ort reparieren oder den RMA-Prozess durchlaufen, bei Bedarf eine vorübergehend gehostete Site nutzen, den Ersatz über die Link-Local-Adressen installieren, Zertifikate und /login wiederherstellen und die defekte Appliance zurückschicken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the service first</source>
        <extracomment>05_hardware_appliance.json#first_task</extracomment>
        <translation>Zuerst den Dienst wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the event of hardware failure, the first task is to restore the Bomgar service on the network. If there is a backup or spare hardware appliance, bring it online. If this is not an option, it may be possible to repair the failed appliance remotely with assistance from Bomgar Support. In the event that this is not possible, Bomgar Support can provide access to a temporary Bomgar site hosted on Bomgar&apos;s servers while new hardware is being shipped.</source>
        <extracomment>05_hardware_appliance.json#first_task</extracomment>
        <translation>Bei einem Hardwareausfall ist die erste Aufgabe, den Bomgar-Dienst im Netzwerk wiederherzustellen. Gibt es eine Backup- oder Ersatz-Hardware-Appliance, nehmen Sie sie in Betrieb. Ist das keine Option, lässt sich die ausgefallene Appliance möglicherweise mit Hilfe des Bomgar Support aus der Ferne reparieren. Ist auch das nicht möglich, kann der Bomgar Support Zugang zu einer vorübergehenden, auf Bomgars Servern gehosteten Bomgar-Site bereitstellen, während neue Hardware unterwegs ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipment of new hardware is covered under the maintenance contract with Bomgar, and Bomgar Support remains actively involved throughout the the process of shipment, installation, and return of the failed hardware. Bomgar makes all reasonable attempts to help retain data but cannot guarantee that any or all data will remain intact through this process.</source>
        <extracomment>05_hardware_appliance.json#first_task</extracomment>
        <translation>Der Versand neuer Hardware ist durch den Wartungsvertrag mit Bomgar abgedeckt, und der Bomgar Support bleibt während Versand, Installation und Rücksendung der ausgefallenen Hardware aktiv beteiligt. Bomgar unternimmt alle zumutbaren Anstrengungen, um Daten zu erhalten, kann aber nicht garantieren, dass Daten diesen Vorgang ganz oder teilweise unversehrt überstehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is there a backup or spare hardware appliance?</source>
        <extracomment>05_hardware_appliance.json#spare</extracomment>
        <translation>Gibt es eine Backup- oder Ersatz-Hardware-Appliance?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If there is a backup or spare hardware appliance, bring it online.</source>
        <extracomment>05_hardware_appliance.json#spare</extracomment>
        <translation>Gibt es eine Backup- oder Ersatz-Hardware-Appliance, nehmen Sie sie in Betrieb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, a failover backup appliance</source>
        <extracomment>05_hardware_appliance.json#spare</extracomment>
        <translation>Ja, eine Failover-Backup-Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, a cold spare</source>
        <extracomment>05_hardware_appliance.json#spare</extracomment>
        <translation>Ja, einen Cold Spare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the backup appliance online</source>
        <extracomment>05_hardware_appliance.json#use_failover</extracomment>
        <translation>Die Backup-Appliance in Betrieb nehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the backup appliance online with the scenario &quot;Failover pair: the primary appliance failed&quot;, then continue here to repair the failed appliance.</source>
        <extracomment>05_hardware_appliance.json#use_failover</extracomment>
        <translation>Nehmen Sie die Backup-Appliance mit dem Szenario „Failover-Paar: Die primäre Appliance ist ausgefallen“ in Betrieb und fahren Sie dann hier mit der Reparatur der ausgefallenen Appliance fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the spare appliance online</source>
        <extracomment>05_hardware_appliance.json#use_spare</extracomment>
        <translation>Die Ersatz-Appliance in Betrieb nehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the spare appliance online with the scenario &quot;Cold spare: bring the spare appliance online&quot;, then continue here to repair the failed appliance.</source>
        <extracomment>05_hardware_appliance.json#use_spare</extracomment>
        <translation>Nehmen Sie die Ersatz-Appliance mit dem Szenario „Cold Spare: die Ersatz-Appliance in Betrieb nehmen“ in Betrieb und fahren Sie dann hier mit der Reparatur der ausgefallenen Appliance fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is replacement hardware on its way?</source>
        <extracomment>05_hardware_appliance.json#replacement_needed</extracomment>
        <translation>Ist Ersatzhardware unterwegs?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If Bomgar Support determines that at-location repair is not possible, the RMA process is initiated.</source>
        <extracomment>05_hardware_appliance.json#replacement_needed</extracomment>
        <translation>Stellt der Bomgar Support fest, dass eine Reparatur vor Ort nicht möglich ist, wird der RMA-Prozess eingeleitet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was the appliance repaired at its location, or is new hardware being shipped?</source>
        <extracomment>05_hardware_appliance.json#replacement_needed</extracomment>
        <translation>Wurde die Appliance vor Ort repariert, oder wird neue Hardware geliefert?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repaired at its location</source>
        <extracomment>05_hardware_appliance.json#replacement_needed</extracomment>
        <translation>Vor Ort repariert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New hardware is being shipped</source>
        <extracomment>05_hardware_appliance.json#replacement_needed</extracomment>
        <translation>Neue Hardware wird geliefert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A temporary hosted site meanwhile?</source>
        <extracomment>05_hardware_appliance.json#temporary_site</extracomment>
        <translation>In der Zwischenzeit eine vorübergehend gehostete Site?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar Support can provide access to a temporary Bomgar site hosted on Bomgar&apos;s servers while new hardware is being shipped.</source>
        <extracomment>05_hardware_appliance.json#temporary_site</extracomment>
        <translation>Der Bomgar Support kann Zugang zu einer vorübergehenden, auf Bomgars Servern gehosteten Bomgar-Site bereitstellen, während neue Hardware unterwegs ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would a temporary hosted site be helpful?</source>
        <extracomment>05_hardware_appliance.json#temporary_site</extracomment>
        <translation>Wäre eine vorübergehend gehostete Site hilfreich?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up the temporary hosted site</source>
        <extracomment>05_hardware_appliance.json#use_hosted_site</extracomment>
        <translation>Die vorübergehend gehostete Site einrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the scenario &quot;Temporary hosted site&quot;, then continue here when the new hardware arrives.</source>
        <extracomment>05_hardware_appliance.json#use_hosted_site</extracomment>
        <translation>Folgen Sie dem Szenario „Vorübergehend gehostete Site“ und fahren Sie hier fort, wenn die neue Hardware eintrifft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return the defective appliance?</source>
        <extracomment>05_hardware_appliance.json#was_replaced</extracomment>
        <translation>Die defekte Appliance zurückschicken?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In cases where you have replaced a failed hardware appliance, it will be necessary to dispose of the failed hardware.</source>
        <extracomment>05_hardware_appliance.json#was_replaced</extracomment>
        <translation>Wenn Sie eine ausgefallene Hardware-Appliance ersetzt haben, muss die ausgefallene Hardware entsorgt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was the failed appliance replaced?</source>
        <extracomment>05_hardware_appliance.json#was_replaced</extracomment>
        <translation>Wurde die ausgefallene Appliance ersetzt?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, it must go back</source>
        <extracomment>05_hardware_appliance.json#was_replaced</extracomment>
        <translation>Ja, sie muss zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, it was repaired</source>
        <extracomment>05_hardware_appliance.json#was_replaced</extracomment>
        <translation>Nein, sie wurde repariert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary hosted site</source>
        <extracomment>06_temporary_hosted_site.json</extracomment>
        <translation>Vorübergehend gehostete Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Know the limits of a temporary site on Bomgar&apos;s shared appliances, then obtain one and upload the settings of a backup.</source>
        <extracomment>06_temporary_hosted_site.json</extracomment>
        <translation>Die Grenzen einer vorübergehenden Site auf Bomgars gemeinsam genutzten Appliances kennen, dann eine anfordern und die Einstellungen eines Backups hochladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The limits of a hosted site</source>
        <extracomment>06_temporary_hosted_site.json#limits</extracomment>
        <translation>Die Grenzen einer gehosteten Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar can provide access to temporary hosted sites on shared appliances in Bomgar&apos;s data centers. However, hosted sites have limitations. In most cases, client software from the original site (e.g., Jump Clients, Jumpoints, and rep consoles) do not transfer to the hosted site, and new clients deployed from the hosted site are not normally transferred back to the original site, once it is back online.</source>
        <extracomment>06_temporary_hosted_site.json#limits</extracomment>
        <translation>Bomgar kann Zugang zu vorübergehend gehosteten Sites auf gemeinsam genutzten Appliances in Bomgars Rechenzentren bereitstellen. Gehostete Sites haben jedoch Einschränkungen. Meist lässt sich die Client-Software der ursprünglichen Site (z. B. Jump Clients, Jumpoints und Technikerkonsolen) nicht auf die gehostete Site übertragen, und neue, von der gehosteten Site bereitgestellte Clients werden normalerweise nicht zurück auf die ursprüngliche Site übertragen, sobald diese wieder online ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Because hosted sites exist outside of the network, endpoints planning to be supported from a hosted site must be able to access these data centers over the public internet.</source>
        <extracomment>06_temporary_hosted_site.json#limits</extracomment>
        <translation>Da gehostete Sites außerhalb des Netzwerks liegen, müssen Endpunkte, die von einer gehosteten Site aus betreut werden sollen, diese Rechenzentren über das öffentliche Internet erreichen können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If these users and/or configurations rely on resources internal to the network (e.g., Active Directory, RADIUS, and/or Kerberos servers), these resources are usually inaccessible from the hosted site.</source>
        <extracomment>06_temporary_hosted_site.json#limits</extracomment>
        <translation>Sind diese Benutzer und/oder Konfigurationen auf Ressourcen im internen Netz angewiesen (z. B. Active-Directory-, RADIUS- und/oder Kerberos-Server), sind diese Ressourcen von der gehosteten Site aus meist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic to and from the hosted site is encrypted with Bomgar&apos;s SSL certificates and connects with a domain name in Bomgar&apos;s namespace (e.g., &quot;tempsite.bomgar.com&quot;). The original company certificate(s) and hostname(s) are not used.</source>
        <extracomment>06_temporary_hosted_site.json#limits</extracomment>
        <translation>Der Verkehr zur und von der gehosteten Site wird mit Bomgars SSL-Zertifikaten verschlüsselt und verbindet sich mit einem Domänennamen in Bomgars Namensraum (z. B. „tempsite.bomgar.com“). Die ursprünglichen Zertifikate und Hostnamen des Unternehmens werden nicht verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If there is an up-to-date backup, user data can be uploaded and configured in the hosted site.</source>
        <extracomment>06_temporary_hosted_site.json#limits</extracomment>
        <translation>Gibt es ein aktuelles Backup, lassen sich Benutzerdaten in die gehostete Site hochladen und dort einrichten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact Bomgar Technical Support</source>
        <extracomment>06_temporary_hosted_site.json#contact_support</extracomment>
        <translation>Den technischen Support von Bomgar kontaktieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact Bomgar Technical Support at www.bomgar.com/help.</source>
        <extracomment>06_temporary_hosted_site.json#contact_support</extracomment>
        <translation>Wenden Sie sich an den technischen Support von Bomgar unter www.bomgar.com/help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for credentials</source>
        <extracomment>06_temporary_hosted_site.json#wait_credentials</extracomment>
        <translation>Auf Zugangsdaten warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for credentials.</source>
        <extracomment>06_temporary_hosted_site.json#wait_credentials</extracomment>
        <translation>Warten Sie auf die Zugangsdaten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address of the new site</source>
        <extracomment>06_temporary_hosted_site.json#site_url</extracomment>
        <translation>Adresse der neuen Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address of the temporary site in Bomgar&apos;s namespace (e.g., &quot;tempsite.bomgar.com&quot;).</source>
        <extracomment>06_temporary_hosted_site.json#site_url</extracomment>
        <translation>Die Adresse der vorübergehenden Site in Bomgars Namensraum (z. B. „tempsite.bomgar.com“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary site address</source>
        <extracomment>06_temporary_hosted_site.json#site_url</extracomment>
        <translation>Adresse der vorübergehenden Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the new site</source>
        <extracomment>06_temporary_hosted_site.json#log_in</extracomment>
        <translation>An der neuen Site anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the new site.</source>
        <extracomment>06_temporary_hosted_site.json#log_in</extracomment>
        <translation>Melden Sie sich an der neuen Site an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Software Management</source>
        <extracomment>06_temporary_hosted_site.json#software_management</extracomment>
        <translation>Software Management öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to **Management &gt; Software Management**.</source>
        <extracomment>06_temporary_hosted_site.json#software_management</extracomment>
        <translation>Öffnen Sie **Management &gt; Software Management**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for the software backup</source>
        <extracomment>06_temporary_hosted_site.json#backup_file</extracomment>
        <translation>Das Software-Backup auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use **Restore Settings** to browse for the software backup.</source>
        <extracomment>06_temporary_hosted_site.json#backup_file</extracomment>
        <translation>Wählen Sie mit **Restore Settings** das Software-Backup aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup is up to date and its version is known</source>
        <extracomment>06_temporary_hosted_site.json#check_backup</extracomment>
        <translation>Das Backup ist aktuell und seine Version ist bekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the backup password</source>
        <extracomment>06_temporary_hosted_site.json#backup_password</extracomment>
        <translation>Das Backup-Passwort eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the backup password created, if applicable.</source>
        <extracomment>06_temporary_hosted_site.json#backup_password</extracomment>
        <translation>Geben Sie das Backup-Passwort ein, falls eines vergeben wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload Backup</source>
        <extracomment>06_temporary_hosted_site.json#upload</extracomment>
        <translation>Upload Backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click **Upload Backup**.</source>
        <extracomment>06_temporary_hosted_site.json#upload</extracomment>
        <translation>Klicken Sie auf **Upload Backup**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas cluster: a master or a traffic node failed</source>
        <extracomment>07_atlas_cluster.json</extracomment>
        <translation>Atlas-Cluster: Ein Master oder ein Traffic-Knoten ist ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A failed master follows the failover steps; a failed traffic node is restored, gets its /login site package, rejoins the cluster, is synced from the primary master, and is proven by a rep console routing through it.</source>
        <extracomment>07_atlas_cluster.json</extracomment>
        <translation>Ein ausgefallener Master folgt den Failover-Schritten; ein ausgefallener Traffic-Knoten wird wiederhergestellt, erhält sein /login-Site-Paket, tritt dem Cluster wieder bei, wird vom primären Master synchronisiert und durch eine über ihn geleitete Technikerkonsole bestätigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas clusters</source>
        <extracomment>07_atlas_cluster.json#intro</extracomment>
        <translation>Atlas-Cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Like failover, Atlas clusters have special requirements. An Atlas cluster typically consists of a failover pair of master appliances that route traffic between a number of traffic node appliances.</source>
        <extracomment>07_atlas_cluster.json#intro</extracomment>
        <translation>Wie Failover haben auch Atlas-Cluster besondere Anforderungen. Ein Atlas-Cluster besteht typischerweise aus einem Failover-Paar von Master-Appliances, die den Verkehr zwischen mehreren Traffic-Knoten-Appliances verteilen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which appliance failed?</source>
        <extracomment>07_atlas_cluster.json#which_failed</extracomment>
        <translation>Welche Appliance ist ausgefallen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If one of the master appliances fail, refer to the failover recovery guidelines.</source>
        <extracomment>07_atlas_cluster.json#which_failed</extracomment>
        <translation>Fällt eine der Master-Appliances aus, gelten die Richtlinien für die Failover-Wiederherstellung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which appliance of the cluster failed?</source>
        <extracomment>07_atlas_cluster.json#which_failed</extracomment>
        <translation>Welche Appliance des Clusters ist ausgefallen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A master appliance</source>
        <extracomment>07_atlas_cluster.json#which_failed</extracomment>
        <translation>Eine Master-Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A traffic node</source>
        <extracomment>07_atlas_cluster.json#which_failed</extracomment>
        <translation>Ein Traffic-Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the failover recovery guidelines</source>
        <extracomment>07_atlas_cluster.json#master_failed</extracomment>
        <translation>Den Richtlinien für die Failover-Wiederherstellung folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If one of the master appliances fail, refer to the failover recovery guidelines: run the scenario &quot;Failover pair: the primary appliance failed&quot;.</source>
        <extracomment>07_atlas_cluster.json#master_failed</extracomment>
        <translation>Fällt eine der Master-Appliances aus, gelten die Richtlinien für die Failover-Wiederherstellung: Führen Sie das Szenario „Failover-Paar: Die primäre Appliance ist ausgefallen“ aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary master appliance</source>
        <extracomment>07_atlas_cluster.json#primary_master</extracomment>
        <translation>Primäre Master-Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name or IP address of the primary master appliance.</source>
        <extracomment>07_atlas_cluster.json#primary_master</extracomment>
        <translation>Hostname oder IP-Adresse der primären Master-Appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed traffic node</source>
        <extracomment>07_atlas_cluster.json#traffic_node</extracomment>
        <translation>Ausgefallener Traffic-Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name or IP address of the failed traffic node.</source>
        <extracomment>07_atlas_cluster.json#traffic_node</extracomment>
        <translation>Hostname oder IP-Adresse des ausgefallenen Traffic-Knotens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic node</source>
        <extracomment>07_atlas_cluster.json#traffic_node</extracomment>
        <translation>Traffic-Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the appliance</source>
        <extracomment>07_atlas_cluster.json#restore_node</extracomment>
        <translation>Die Appliance wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the appliance.</source>
        <extracomment>07_atlas_cluster.json#restore_node</extracomment>
        <translation>Stellen Sie die Appliance wieder her.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restore process varies depending on the appliance type: follow the Virtual appliance or Hardware appliance scenario until its /appliance web interface is online and its certificates are restored.</source>
        <extracomment>07_atlas_cluster.json#restore_node</extracomment>
        <translation>Der Ablauf der Wiederherstellung hängt von der Art der Appliance ab: Folgen Sie dem Szenario für virtuelle Appliances oder Hardware-Appliances, bis ihre Weboberfläche /appliance erreichbar ist und ihre Zertifikate wiederhergestellt sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add it back into the Atlas cluster</source>
        <extracomment>07_atlas_cluster.json#add_to_cluster</extracomment>
        <translation>Wieder in den Atlas-Cluster aufnehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the recovered appliance back into the Atlas cluster. Please see Configure the Traffic Nodes in an Atlas Cluster at www.bomgar.com/docs/remote-support/how-to/atlas/atlas-slave.htm for more information.</source>
        <extracomment>07_atlas_cluster.json#add_to_cluster</extracomment>
        <translation>Nehmen Sie die wiederhergestellte Appliance wieder in den Atlas-Cluster auf. Weitere Informationen finden Sie in „Configure the Traffic Nodes in an Atlas Cluster“ unter www.bomgar.com/docs/remote-support/how-to/atlas/atlas-slave.htm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The traffic node is a member of the cluster</source>
        <extracomment>07_atlas_cluster.json#in_cluster</extracomment>
        <translation>Der Traffic-Knoten ist Mitglied des Clusters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the primary master for get_appliances and looks for the traffic node.</source>
        <extracomment>07_atlas_cluster.json#in_cluster</extracomment>
        <translation>Fragt den primären Master mit get_appliances ab und sucht nach dem Traffic-Knoten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync the recovered appliance</source>
        <extracomment>07_atlas_cluster.json#sync_now</extracomment>
        <translation>Die wiederhergestellte Appliance synchronisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync the recovered appliance in order to restore the /login settings.
- Log into the primary master appliance&apos;s /login administrative web interface.
- Browse to **Management &gt; Cluster**.
- Click **Sync Now**.</source>
        <extracomment>07_atlas_cluster.json#sync_now</extracomment>
        <translation>Synchronisieren Sie die wiederhergestellte Appliance, um die /login-Einstellungen wiederherzustellen.
- Melden Sie sich an der administrativen Weboberfläche /login der primären Master-Appliance an.
- Öffnen Sie **Management &gt; Cluster**.
- Klicken Sie auf **Sync Now**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a backup is restored from an Atlas master node, it does not overwrite the existing Atlas configuration. As a result, copying the configuration of a master node to each of its traffic nodes is supported; however, manually performing this task is not standard practice. Synchronizing data from the primary master appliance is the standard method for restoring /login settings to a traffic node.</source>
        <extracomment>07_atlas_cluster.json#sync_now</extracomment>
        <translation>Wird ein Backup von einem Atlas-Master-Knoten wiederhergestellt, überschreibt es die vorhandene Atlas-Konfiguration nicht. Die Konfiguration eines Master-Knotens auf jeden seiner Traffic-Knoten zu kopieren, wird daher unterstützt; manuell ist das aber nicht üblich. Die Standardmethode, /login-Einstellungen auf einem Traffic-Knoten wiederherzustellen, ist die Synchronisierung von der primären Master-Appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the traffic node</source>
        <extracomment>07_atlas_cluster.json#log_in_node</extracomment>
        <translation>Am Traffic-Knoten anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once completed, the traffic node is fully operational. To test, log into the traffic node&apos;s /login web interface.</source>
        <extracomment>07_atlas_cluster.json#log_in_node</extracomment>
        <translation>Danach ist der Traffic-Knoten voll betriebsbereit. Melden Sie sich zum Test an der Weboberfläche /login des Traffic-Knotens an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected rep consoles before logging in</source>
        <extracomment>07_atlas_cluster.json#count_before</extracomment>
        <translation>Verbundene Technikerkonsolen vor der Anmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads the number of connected rep consoles on the traffic node (**Status &gt; Connected Clients**).</source>
        <extracomment>07_atlas_cluster.json#count_before</extracomment>
        <translation>Liest die Anzahl verbundener Technikerkonsolen auf dem Traffic-Knoten (**Status &gt; Connected Clients**).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into a rep console through the node</source>
        <extracomment>07_atlas_cluster.json#rep_login</extracomment>
        <translation>Eine Technikerkonsole über den Knoten anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While logged into a rep console from a geographic region that is expected to route through the restored traffic node, check **Status &gt; Connected Clients**.</source>
        <extracomment>07_atlas_cluster.json#rep_login</extracomment>
        <translation>Prüfen Sie **Status &gt; Connected Clients**, während eine Technikerkonsole aus einer Region angemeldet ist, deren Verkehr über den wiederhergestellten Traffic-Knoten laufen sollte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connected rep console count went up by one</source>
        <extracomment>07_atlas_cluster.json#count_after</extracomment>
        <translation>Die Anzahl verbundener Technikerkonsolen ist um eins gestiegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the value for connected rep consoles increases by one immediately after authenticating to the console, the traffic node is working.</source>
        <extracomment>07_atlas_cluster.json#count_after</extracomment>
        <translation>Steigt die Zahl verbundener Technikerkonsolen direkt nach der Anmeldung an der Konsole um eins, funktioniert der Traffic-Knoten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloud or Starter Service site down</source>
        <extracomment>08_cloud_site_down.json</extracomment>
        <translation>Cloud- oder Starter-Service-Site ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt a restart, check /appliance on a Cloud Appliance, find a workaround, and contact Bomgar Support.</source>
        <extracomment>08_cloud_site_down.json</extracomment>
        <translation>Einen Neustart versuchen, bei einer Cloud-Appliance /appliance prüfen, einen Workaround finden und den Bomgar Support kontaktieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar SaaS</source>
        <extracomment>08_cloud_site_down.json#intro</extracomment>
        <translation>Bomgar SaaS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar&apos;s SaaS products include Starter Service Licenses and Bomgar Cloud Appliances. Both of these are hosted by Bomgar, but Starter Service Licenses do not provide all of the isolation or functionality provided by Cloud Appliances. Bomgar&apos;s Starter Service is limited to five total licenses by default, and their functionality is more limited in some ways than regular licenses. In contrast, each Bomgar Cloud instance is a single-tenant virtual appliance and has none of the Starter Service licensing limitations.</source>
        <extracomment>08_cloud_site_down.json#intro</extracomment>
        <translation>Zu Bomgars SaaS-Produkten gehören Starter-Service-Lizenzen und Bomgar-Cloud-Appliances. Beide werden von Bomgar gehostet, Starter-Service-Lizenzen bieten aber nicht die volle Isolation und Funktionalität von Cloud-Appliances. Bomgars Starter Service ist standardmäßig auf insgesamt fünf Lizenzen begrenzt, und ihre Funktionalität ist in manchen Punkten eingeschränkter als die regulärer Lizenzen. Dagegen ist jede Bomgar-Cloud-Instanz eine Single-Tenant-Appliance ohne die Lizenzbeschränkungen des Starter Service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which kind of site?</source>
        <extracomment>08_cloud_site_down.json#site_kind</extracomment>
        <translation>Welche Art von Site?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the event that the Production Starter Service or Cloud Appliance site goes down and becomes inoperable unexpectedly, follow these steps.</source>
        <extracomment>08_cloud_site_down.json#site_kind</extracomment>
        <translation>Fällt die produktive Starter-Service- oder Cloud-Appliance-Site unerwartet aus und ist nicht mehr betriebsfähig, gehen Sie wie folgt vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is it a Starter Service site or a Cloud Appliance?</source>
        <extracomment>08_cloud_site_down.json#site_kind</extracomment>
        <translation>Ist es eine Starter-Service-Site oder eine Cloud-Appliance?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starter Service</source>
        <extracomment>08_cloud_site_down.json#site_kind</extracomment>
        <translation>Starter Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloud Appliance</source>
        <extracomment>08_cloud_site_down.json#site_kind</extracomment>
        <translation>Cloud-Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address of the site.</source>
        <extracomment>08_cloud_site_down.json#site_fqdn</extracomment>
        <translation>Die Adresse der Site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt a restart</source>
        <extracomment>08_cloud_site_down.json#restart</extracomment>
        <translation>Einen Neustart versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the /login administrative web interface and attempt a restart.</source>
        <extracomment>08_cloud_site_down.json#restart</extracomment>
        <translation>Melden Sie sich an der administrativen Weboberfläche /login an und versuchen Sie einen Neustart.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site answers and is healthy</source>
        <extracomment>08_cloud_site_down.json#site_healthy</extracomment>
        <translation>Die Site antwortet und ist fehlerfrei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check_health on the site after the restart.</source>
        <extracomment>08_cloud_site_down.json#site_healthy</extracomment>
        <translation>check_health auf der Site nach dem Neustart.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did the restart help?</source>
        <extracomment>08_cloud_site_down.json#restart_worked</extracomment>
        <translation>Hat der Neustart geholfen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the site is healthy again, the recovery is complete.</source>
        <extracomment>08_cloud_site_down.json#restart_worked</extracomment>
        <translation>Ist die Site wieder fehlerfrei, ist die Wiederherstellung abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is the site healthy after the restart?</source>
        <extracomment>08_cloud_site_down.json#restart_worked</extracomment>
        <translation>Ist die Site nach dem Neustart fehlerfrei?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check /appliance</source>
        <extracomment>08_cloud_site_down.json#check_appliance</extracomment>
        <translation>/appliance prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a Cloud Appliance is owned, log into the /appliance administrative web interface. Check the settings to ensure there are no errors, warnings, or anomalies.</source>
        <extracomment>08_cloud_site_down.json#check_appliance</extracomment>
        <translation>Besitzen Sie eine Cloud-Appliance, melden Sie sich an der administrativen Weboberfläche /appliance an. Prüfen Sie die Einstellungen auf Fehler, Warnungen oder Auffälligkeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a bypass or workaround</source>
        <extracomment>08_cloud_site_down.json#workaround</extracomment>
        <translation>Eine Umgehung oder einen Workaround finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If all this fails, try to find a bypass or workaround solution (such as an alternative site or remote access product).</source>
        <extracomment>08_cloud_site_down.json#workaround</extracomment>
        <translation>Schlägt all das fehl, suchen Sie nach einer Umgehung oder einem Workaround (etwa einer alternativen Site oder einem anderen Fernzugriffsprodukt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact Bomgar Support</source>
        <extracomment>08_cloud_site_down.json#contact_support</extracomment>
        <translation>Den Bomgar Support kontaktieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact Bomgar Support with a description of the situation and the steps taken thus far. In cases where the production site is offline and there is no workaround or alternative solution, Bomgar Support&apos;s maximum target time for First Response (start of resolution) is 30 minutes within normal business hours.</source>
        <extracomment>08_cloud_site_down.json#contact_support</extracomment>
        <translation>Wenden Sie sich an den Bomgar Support mit einer Beschreibung der Lage und der bisher unternommenen Schritte. Ist die Produktiv-Site offline und gibt es keinen Workaround und keine Alternative, beträgt die maximale Zielzeit des Bomgar Support für die First Response (Beginn der Lösung) 30 Minuten innerhalb der normalen Geschäftszeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up the appliance certificate</source>
        <extracomment>proc_certificate_export.json</extracomment>
        <translation>Das Appliance-Zertifikat sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the appliance certificate with its private key and chain as a password-protected .p12 file, and verify the file.</source>
        <extracomment>proc_certificate_export.json</extracomment>
        <translation>Das Appliance-Zertifikat mit privatem Schlüssel und Kette als passwortgeschützte .p12-Datei exportieren und die Datei prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the certificate must be backed up</source>
        <extracomment>proc_certificate_export.json#why</extracomment>
        <translation>Warum das Zertifikat gesichert werden muss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SSL certificate issued to the Bomgar Appliance hostname is often unique to the appliance and is always used to validate its identity to remote client software. It is important that a backup of this certificate, all its intermediate certificates, and its root certificate are saved.</source>
        <extracomment>proc_certificate_export.json#why</extracomment>
        <translation>Das für den Hostnamen der Bomgar-Appliance ausgestellte SSL-Zertifikat ist oft einzigartig für die Appliance und dient immer dazu, ihre Identität gegenüber der Remote-Client-Software zu bestätigen. Es ist wichtig, ein Backup dieses Zertifikats, aller seiner Zwischenzertifikate und seines Root-Zertifikats zu sichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate backup file should be saved with a password in a secure location because in the event a malicious party obtaining a copy of this certificate, they could potentially access confidential data on the network.</source>
        <extracomment>proc_certificate_export.json#why</extracomment>
        <translation>Die Backup-Datei des Zertifikats sollte mit Passwort an einem sicheren Ort gespeichert werden, denn gelangt ein Angreifer an eine Kopie dieses Zertifikats, könnte er möglicherweise auf vertrauliche Daten im Netzwerk zugreifen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into /appliance</source>
        <extracomment>proc_certificate_export.json#log_in</extracomment>
        <translation>An /appliance anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To back up the appliance certificate(s), log into the /appliance administrative web interface.</source>
        <extracomment>proc_certificate_export.json#log_in</extracomment>
        <translation>Um das Appliance-Zertifikat bzw. die Zertifikate zu sichern, melden Sie sich an der administrativen Weboberfläche /appliance an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the certificates</source>
        <extracomment>proc_certificate_export.json#browse_certificates</extracomment>
        <translation>Die Zertifikate öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse to **Security &gt; Certificates**.</source>
        <extracomment>proc_certificate_export.json#browse_certificates</extracomment>
        <translation>Öffnen Sie **Security &gt; Certificates**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locate the appliance certificate</source>
        <extracomment>proc_certificate_export.json#locate</extracomment>
        <translation>Das Appliance-Zertifikat finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locate the certificate with the **Alternative Names** of the appliance hostname.</source>
        <extracomment>proc_certificate_export.json#locate</extracomment>
        <translation>Suchen Sie das Zertifikat, dessen **Alternative Names** den Hostnamen der Appliance enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify it has its private key</source>
        <extracomment>proc_certificate_export.json#private_key</extracomment>
        <translation>Prüfen, ob es seinen privaten Schlüssel hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the **IP Address(es)** of the appliance, verify that the **Private Key?** field reads **Yes**.</source>
        <extracomment>proc_certificate_export.json#private_key</extracomment>
        <translation>Prüfen Sie bei den **IP Address(es)** der Appliance, ob das Feld **Private Key?** den Wert **Yes** hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the certificate</source>
        <extracomment>proc_certificate_export.json#check_box</extracomment>
        <translation>Das Zertifikat auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the box next to the certificate.</source>
        <extracomment>proc_certificate_export.json#check_box</extracomment>
        <translation>Aktivieren Sie das Kästchen neben dem Zertifikat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Export</source>
        <extracomment>proc_certificate_export.json#export_apply</extracomment>
        <translation>Export wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the **Export from the** dropdown, click **Apply**.</source>
        <extracomment>proc_certificate_export.json#export_apply</extracomment>
        <translation>Klicken Sie in der Auswahlliste **Export from the** auf **Apply**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the export page</source>
        <extracomment>proc_certificate_export.json#wait_page</extracomment>
        <translation>Auf die Exportseite warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the export page to load.</source>
        <extracomment>proc_certificate_export.json#wait_page</extracomment>
        <translation>Warten Sie, bis die Exportseite geladen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include certificate, key and chain</source>
        <extracomment>proc_certificate_export.json#include_all</extracomment>
        <translation>Zertifikat, Schlüssel und Kette einschließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check **Include Certificate**, **Include Private Key**, and **Include Certificate Chain**.</source>
        <extracomment>proc_certificate_export.json#include_all</extracomment>
        <translation>Aktivieren Sie **Include Certificate**, **Include Private Key** und **Include Certificate Chain**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a Passphrase</source>
        <extracomment>proc_certificate_export.json#passphrase</extracomment>
        <translation>Eine Passphrase eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a **Passphrase**. Type the same passphrase here so the exported file can be verified; it is kept in memory only and never written to disk.</source>
        <extracomment>proc_certificate_export.json#passphrase</extracomment>
        <translation>Geben Sie eine **Passphrase** ein. Tippen Sie dieselbe Passphrase auch hier ein, damit die exportierte Datei geprüft werden kann; sie bleibt nur im Speicher und wird nie auf den Datenträger geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <extracomment>proc_certificate_export.json#passphrase</extracomment>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <extracomment>proc_certificate_export.json#click_export</extracomment>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click **Export**.</source>
        <extracomment>proc_certificate_export.json#click_export</extracomment>
        <translation>Klicken Sie auf **Export**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the .p12 file securely</source>
        <extracomment>proc_certificate_export.json#save_file</extracomment>
        <translation>Die .p12-Datei sicher speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the resulting .p12 certificate file in a secure location.</source>
        <extracomment>proc_certificate_export.json#save_file</extracomment>
        <translation>Speichern Sie die entstandene .p12-Zertifikatsdatei an einem sicheren Ort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved .p12 certificate file</source>
        <extracomment>proc_certificate_export.json#save_file</extracomment>
        <translation>Gespeicherte .p12-Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .p12 file holds the certificate, its private key and its chain</source>
        <extracomment>proc_certificate_export.json#verify_file</extracomment>
        <translation>Die .p12-Datei enthält das Zertifikat, seinen privaten Schlüssel und seine Kette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the saved file with the passphrase and checks that it contains the certificate, its private key, and its intermediate and root certificates.</source>
        <extracomment>proc_certificate_export.json#verify_file</extracomment>
        <translation>Öffnet die gespeicherte Datei mit der Passphrase und prüft, ob sie das Zertifikat, seinen privaten Schlüssel sowie seine Zwischen- und Root-Zertifikate enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover certificates</source>
        <extracomment>proc_certificate_restore.json</extracomment>
        <translation>Zertifikate wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the saved .p12 certificate into /appliance, check the certificate kinds and warnings, assign the IP and save the configuration, then verify what the appliance serves.</source>
        <extracomment>proc_certificate_restore.json</extracomment>
        <translation>Das gespeicherte .p12-Zertifikat in /appliance importieren, Zertifikatsarten und Warnungen prüfen, die IP zuweisen und die Konfiguration speichern, dann prüfen, was die Appliance ausliefert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original certificates are needed</source>
        <extracomment>proc_certificate_restore.json#why</extracomment>
        <translation>Die ursprünglichen Zertifikate werden gebraucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar requires SSL certificates. If any client software from a previous appliance is expected to reconnect with the replacement appliance, this appliance needs a copy of the original SSL certificate(s). Most Cloud Appliances share a standard certificate which validates the Bomgar Cloud domain. If the certificate and domain are changed, the non-standard certificate must be restored. Hardware and virtual appliances have no such standard configuration and therefore have unique certificates configured by the administrator that must be restored in a disaster recovery scenario.</source>
        <extracomment>proc_certificate_restore.json#why</extracomment>
        <translation>Bomgar erfordert SSL-Zertifikate. Soll sich Client-Software einer früheren Appliance wieder mit der Ersatz-Appliance verbinden, braucht diese eine Kopie des ursprünglichen SSL-Zertifikats bzw. der Zertifikate. Die meisten Cloud-Appliances teilen ein Standardzertifikat, das die Bomgar-Cloud-Domäne bestätigt. Wurden Zertifikat und Domäne geändert, muss das abweichende Zertifikat wiederhergestellt werden. Hardware- und virtuelle Appliances haben keine solche Standardkonfiguration und daher eigene, vom Administrator eingerichtete Zertifikate, die bei einer Notfallwiederherstellung wiederhergestellt werden müssen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The steps to bring the web interfaces online vary based on the appliance type.</source>
        <extracomment>proc_certificate_restore.json#why</extracomment>
        <translation>Wie die Weboberflächen wieder erreichbar werden, hängt von der Art der Appliance ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance receiving the certificate</source>
        <extracomment>proc_certificate_restore.json#appliance_host</extracomment>
        <translation>Appliance, die das Zertifikat erhält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name or IP address of the appliance whose certificates are being restored.</source>
        <extracomment>proc_certificate_restore.json#appliance_host</extracomment>
        <translation>Hostname oder IP-Adresse der Appliance, deren Zertifikate wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance address</source>
        <extracomment>proc_certificate_restore.json#appliance_host</extracomment>
        <translation>Adresse der Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the /appliance web interface of the Bomgar Appliance.</source>
        <extracomment>proc_certificate_restore.json#log_in</extracomment>
        <translation>Melden Sie sich an der Weboberfläche /appliance der Bomgar-Appliance an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to **Security &gt; Certificates**.</source>
        <extracomment>proc_certificate_restore.json#browse_certificates</extracomment>
        <translation>Öffnen Sie **Security &gt; Certificates**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a Bomgar Appliance certificate is listed, ignore it. This is a standard certificate that ships with all Bomgar Appliances.</source>
        <extracomment>proc_certificate_restore.json#browse_certificates</extracomment>
        <translation>Ist ein Zertifikat „Bomgar Appliance“ aufgeführt, ignorieren Sie es. Das ist ein Standardzertifikat, das mit allen Bomgar-Appliances ausgeliefert wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <extracomment>proc_certificate_restore.json#import</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In **Security :: Certificate Installation**, click **Import**.</source>
        <extracomment>proc_certificate_restore.json#import</extracomment>
        <translation>Klicken Sie unter **Security :: Certificate Installation** auf **Import**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse to the certificate file</source>
        <extracomment>proc_certificate_restore.json#browse_file</extracomment>
        <translation>Die Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse to the certificate file.</source>
        <extracomment>proc_certificate_restore.json#browse_file</extracomment>
        <translation>Wählen Sie die Zertifikatsdatei aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate file (.p12)</source>
        <extracomment>proc_certificate_restore.json#browse_file</extracomment>
        <translation>Zertifikatsdatei (.p12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the password for the certificate file</source>
        <extracomment>proc_certificate_restore.json#password</extracomment>
        <translation>Das Passwort der Zertifikatsdatei eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the password for the certificate file. Type it here too so the certificate the appliance serves can be compared with the file; it is kept in memory only and never written to disk.</source>
        <extracomment>proc_certificate_restore.json#password</extracomment>
        <translation>Geben Sie das Passwort der Zertifikatsdatei ein. Tippen Sie es auch hier ein, damit das von der Appliance ausgelieferte Zertifikat mit der Datei verglichen werden kann; es bleibt nur im Speicher und wird nie auf den Datenträger geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate file password</source>
        <extracomment>proc_certificate_restore.json#password</extracomment>
        <translation>Passwort der Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload</source>
        <extracomment>proc_certificate_restore.json#upload</extracomment>
        <translation>Upload</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click **Upload**.</source>
        <extracomment>proc_certificate_restore.json#upload</extracomment>
        <translation>Klicken Sie auf **Upload**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the listed certificates</source>
        <extracomment>proc_certificate_restore.json#certificate_kinds</extracomment>
        <translation>Die aufgeführten Zertifikate prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Bomgar Appliance certificate appears in the **Security :: Certificates** section. If the certificate was issued by a third-party Certificate Authority (CA), the intermediate certificate and root certificate are also listed here. If your appliance uses a CA certificate, all intermediate certificate and their root certificate must be present for the appliance to function properly. Here is a description of each type of certificate:
- **Self-Signed Certificate:** This has identical values for **Issued To** and **Issued By** and have the appliance&apos;s fully qualified domain name (FQDN) in the **Alternative Name(s)** field.
- **CA-Signed Certificate:** This has an **Issued To** field and/or an **Alternative Name(s)** field matching the Bomgar Appliance&apos;s FQDN. If a CA-signed certificate exists, the appliance also has one or more intermediate and/or root certificate(s) listed on the **Certificates** page.
- **Intermediate certificates:** These have different **Issued To** and **Issued By** fields, neither of which is an FQDN. Usually, there are only one or two intermediate certificates. Sometimes, there are none, depending on the CA.
- **Root certificate:** This has identical values for the **Issued To** and **Issued By** fields, neither of which are an FQDN. Every CA-signed certificate must have exactly one root certificate.</source>
        <extracomment>proc_certificate_restore.json#certificate_kinds</extracomment>
        <translation>Das Zertifikat der Bomgar-Appliance erscheint im Abschnitt **Security :: Certificates**. Wurde das Zertifikat von einer externen Zertifizierungsstelle (CA) ausgestellt, sind hier auch das Zwischenzertifikat und das Root-Zertifikat aufgeführt. Verwendet Ihre Appliance ein CA-Zertifikat, müssen alle Zwischenzertifikate und ihr Root-Zertifikat vorhanden sein, damit die Appliance richtig funktioniert. Die Zertifikatsarten im Einzelnen:
- **Selbstsigniertes Zertifikat:** Es hat identische Werte für **Issued To** und **Issued By** und den vollqualifizierten Domänennamen (FQDN) der Appliance im Feld **Alternative Name(s)**.
- **Von einer CA signiertes Zertifikat:** Sein Feld **Issued To** und/oder **Alternative Name(s)** entspricht dem FQDN der Bomgar-Appliance. Gibt es ein von einer CA signiertes Zertifikat, sind auf der Seite **Certificates** auch ein oder mehrere Zwischen- und/oder Root-Zertifikate aufgeführt.
- **Zwischenzertifikate:** Ihre Felder **Issued To** und **Issued By** unterscheiden sich, und keines ist ein FQDN. Meist gibt es nur ein oder zwei Zwischenzertifikate, je nach CA manchmal auch keines.
- **Root-Zertifikat:** Es hat identische Werte für **Issued To** und **Issued By**, und keines davon ist ein FQDN. Jedes von einer CA signierte Zertifikat muss genau ein Root-Zertifikat haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate warnings</source>
        <extracomment>proc_certificate_restore.json#warnings</extracomment>
        <translation>Zertifikatswarnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a self-signed certificate is being used, a warning is present beneath it. The warning is expressing that this kind of certificate should normally be used only temporarily until a CA-signed certificate is obtained. If a CA-signed certificate has already been obtained and one or more of its intermediate and/or root certificate(s) are missing, a warning appears beneath the CA-signed certificate.</source>
        <extracomment>proc_certificate_restore.json#warnings</extracomment>
        <translation>Wird ein selbstsigniertes Zertifikat verwendet, steht darunter eine Warnung. Sie besagt, dass ein solches Zertifikat normalerweise nur vorübergehend verwendet werden sollte, bis ein von einer CA signiertes Zertifikat vorliegt. Liegt bereits ein von einer CA signiertes Zertifikat vor und fehlen eines oder mehrere seiner Zwischen- und/oder Root-Zertifikate, erscheint unter dem CA-signierten Zertifikat eine Warnung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is a warning shown beneath the certificate?</source>
        <extracomment>proc_certificate_restore.json#warnings</extracomment>
        <translation>Wird unter dem Zertifikat eine Warnung angezeigt?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No warnings</source>
        <extracomment>proc_certificate_restore.json#warnings</extracomment>
        <translation>Keine Warnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A warning is shown</source>
        <extracomment>proc_certificate_restore.json#warnings</extracomment>
        <translation>Eine Warnung wird angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve the certificate warning</source>
        <extracomment>proc_certificate_restore.json#resolve_warning</extracomment>
        <translation>Die Zertifikatswarnung beheben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If intermediate and/or root certificate(s) are missing, contact the CA to resolve this. For more information, please see FAQ 755 in the Bomgar Technical Support Self Service Center at www.bomgar.com/help.</source>
        <extracomment>proc_certificate_restore.json#resolve_warning</extracomment>
        <translation>Fehlen Zwischen- und/oder Root-Zertifikate, wenden Sie sich zur Behebung an die CA. Weitere Informationen finden Sie in FAQ 755 im Bomgar Technical Support Self Service Center unter www.bomgar.com/help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign IP</source>
        <extracomment>proc_certificate_restore.json#assign_ip</extracomment>
        <translation>Assign IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once there are not any certificate warnings, click the **Assign IP** link in the certificates entry for the appliance&apos;s CA-signed or self-signed certificate.</source>
        <extracomment>proc_certificate_restore.json#assign_ip</extracomment>
        <translation>Sobald keine Zertifikatswarnungen mehr angezeigt werden, klicken Sie im Zertifikatseintrag des CA-signierten oder selbstsignierten Zertifikats der Appliance auf den Link **Assign IP**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the IP address</source>
        <extracomment>proc_certificate_restore.json#check_ip</extracomment>
        <translation>Die IP-Adresse prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the bottom of the resulting page, check the IP address of the appliance.</source>
        <extracomment>proc_certificate_restore.json#check_ip</extracomment>
        <translation>Prüfen Sie unten auf der folgenden Seite die IP-Adresse der Appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Configuration</source>
        <extracomment>proc_certificate_restore.json#save_configuration</extracomment>
        <translation>Save Configuration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click **Save Configuration**. This completes the restore process for the certificate(s). However, the appliance still needs /login restored before it is fully operational.</source>
        <extracomment>proc_certificate_restore.json#save_configuration</extracomment>
        <translation>Klicken Sie auf **Save Configuration**. Damit ist die Wiederherstellung des Zertifikats bzw. der Zertifikate abgeschlossen. Bevor die Appliance voll betriebsbereit ist, muss aber noch /login wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appliance serves the restored certificate</source>
        <extracomment>proc_certificate_restore.json#verify_served</extracomment>
        <translation>Die Appliance liefert das wiederhergestellte Zertifikat aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects to the appliance over TLS and compares the certificate it serves with the one in the .p12 file.</source>
        <extracomment>proc_certificate_restore.json#verify_served</extracomment>
        <translation>Verbindet sich per TLS mit der Appliance und vergleicht das ausgelieferte Zertifikat mit dem in der .p12-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the replacement hardware appliance</source>
        <extracomment>proc_hardware_installation.json</extracomment>
        <translation>Die Ersatz-Hardware-Appliance installieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach /appliance over the link-local addresses (computer at 169.254.1.5, mask 255.255.0.0), log in with the default credentials and restore the IP configuration.</source>
        <extracomment>proc_hardware_installation.json</extracomment>
        <translation>/appliance über die Link-Local-Adressen erreichen (Computer auf 169.254.1.5, Maske 255.255.0.0), mit den Standard-Zugangsdaten anmelden und die IP-Konfiguration wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach /appliance over a patch cable</source>
        <extracomment>proc_hardware_installation.json#intro</extracomment>
        <translation>/appliance über ein Patchkabel erreichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the replacement appliance has been received and powered on, the settings can be restored using either the local console or appliance administrative web interfaces. It is usually more convenient to use the web interfaces. The /appliance administrative web interfaces of a hardware appliance can be accessed locally using either of its NIC ports. These are provisioned with non-routable IP address(es) on the 169.254.1.0/16 network.</source>
        <extracomment>proc_hardware_installation.json#intro</extracomment>
        <translation>Ist die Ersatz-Appliance eingetroffen und eingeschaltet, lassen sich die Einstellungen über die lokale Konsole oder die administrativen Weboberflächen der Appliance wiederherstellen. Die Weboberflächen sind meist bequemer. Die administrative Weboberfläche /appliance einer Hardware-Appliance ist lokal über jeden ihrer beiden Netzwerkanschlüsse (NIC) erreichbar. Diese haben nicht routbare IP-Adressen im Netz 169.254.1.0/16.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rack the appliance</source>
        <extracomment>proc_hardware_installation.json#rack</extracomment>
        <translation>Die Appliance ins Rack einbauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rack the appliance.</source>
        <extracomment>proc_hardware_installation.json#rack</extracomment>
        <translation>Bauen Sie die Appliance ins Rack ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plug in the power cable</source>
        <extracomment>proc_hardware_installation.json#power_cable</extracomment>
        <translation>Das Stromkabel anschließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plug the power cable into a safe power source.</source>
        <extracomment>proc_hardware_installation.json#power_cable</extracomment>
        <translation>Schließen Sie das Stromkabel an eine sichere Stromquelle an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect a computer to NIC1 or NIC2</source>
        <extracomment>proc_hardware_installation.json#patch_cable</extracomment>
        <translation>Einen Computer an NIC1 oder NIC2 anschließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a patch cable to connect a computer to NIC1 or NIC2 on the rear of the Bomgar Appliance.</source>
        <extracomment>proc_hardware_installation.json#patch_cable</extracomment>
        <translation>Verbinden Sie einen Computer mit einem Patchkabel mit NIC1 oder NIC2 auf der Rückseite der Bomgar-Appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the Power button</source>
        <extracomment>proc_hardware_installation.json#power_button</extracomment>
        <translation>Den Netzschalter drücken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press and release the **Power** button on the front of the appliance.</source>
        <extracomment>proc_hardware_installation.json#power_button</extracomment>
        <translation>Drücken Sie kurz den Schalter **Power** auf der Vorderseite der Appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the computer&apos;s IP configuration</source>
        <extracomment>proc_hardware_installation.json#computer_ip</extracomment>
        <translation>Die IP-Konfiguration des Computers einstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the IP configuration of the connected computer:
- **IP address:** 169.254.1.5
- **Subnet mask:** 255.255.0.0
- **Default gateway:** none
- **DNS server:** none</source>
        <extracomment>proc_hardware_installation.json#computer_ip</extracomment>
        <translation>Ändern Sie die IP-Konfiguration des angeschlossenen Computers:
- **IP-Adresse:** 169.254.1.5
- **Subnetzmaske:** 255.255.0.0
- **Standard-Gateway:** keines
- **DNS-Server:** keiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the boot</source>
        <extracomment>proc_hardware_installation.json#wait_boot</extracomment>
        <translation>Auf den Start warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the appliance to finish booting.</source>
        <extracomment>proc_hardware_installation.json#wait_boot</extracomment>
        <translation>Warten Sie, bis die Appliance fertig gestartet ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the link-local address that answers</source>
        <extracomment>proc_hardware_installation.json#probe</extracomment>
        <translation>Die antwortende Link-Local-Adresse finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launch a web browser. Enter the address **https://169.254.1.1/appliance/login.ns** in the URL address field. The /appliance login page should load. If not, try alternately substituting &quot;.2&quot;, &quot;.3&quot; and &quot;.4&quot; for the last decimal in the address above. Load each of these addresses separately until one responds.</source>
        <extracomment>proc_hardware_installation.json#probe</extracomment>
        <translation>Starten Sie einen Webbrowser. Geben Sie die Adresse **https://169.254.1.1/appliance/login.ns** in die Adressleiste ein. Die Anmeldeseite von /appliance sollte laden. Falls nicht, ersetzen Sie die letzte Zahl der Adresse nacheinander durch „.2“, „.3“ und „.4“. Laden Sie jede dieser Adressen einzeln, bis eine antwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did one of the addresses respond?</source>
        <extracomment>proc_hardware_installation.json#probe_result</extracomment>
        <translation>Hat eine der Adressen geantwortet?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If none of these responds, try all four addresses using the other NIC of the appliance.</source>
        <extracomment>proc_hardware_installation.json#probe_result</extracomment>
        <translation>Antwortet keine davon, versuchen Sie alle vier Adressen über den anderen Netzwerkanschluss der Appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did the /appliance login page load?</source>
        <extracomment>proc_hardware_installation.json#probe_result</extracomment>
        <translation>Wurde die Anmeldeseite von /appliance geladen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the other NIC</source>
        <extracomment>proc_hardware_installation.json#other_nic</extracomment>
        <translation>Den anderen Netzwerkanschluss verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If none of these responds, try all four addresses using the other NIC of the appliance. Move the patch cable to the other NIC.</source>
        <extracomment>proc_hardware_installation.json#other_nic</extracomment>
        <translation>Antwortet keine davon, versuchen Sie alle vier Adressen über den anderen Netzwerkanschluss der Appliance. Stecken Sie das Patchkabel in den anderen Anschluss.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the link-local address that answers on the other NIC</source>
        <extracomment>proc_hardware_installation.json#probe_other_nic</extracomment>
        <translation>Die antwortende Link-Local-Adresse am anderen Anschluss finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tries **https://169.254.1.1/appliance/login.ns**, then &quot;.2&quot;, &quot;.3&quot; and &quot;.4&quot;, through the other NIC.</source>
        <extracomment>proc_hardware_installation.json#probe_other_nic</extracomment>
        <translation>Versucht **https://169.254.1.1/appliance/login.ns**, dann „.2“, „.3“ und „.4“ über den anderen Netzwerkanschluss.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in with the default credentials</source>
        <extracomment>proc_hardware_installation.json#log_in</extracomment>
        <translation>Mit den Standard-Zugangsdaten anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in with the default credentials, **admin** and **password**.</source>
        <extracomment>proc_hardware_installation.json#log_in</extracomment>
        <translation>Melden Sie sich mit den Standard-Zugangsdaten **admin** und **password** an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replacement appliances typically ship with default login credentials.</source>
        <extracomment>proc_hardware_installation.json#log_in</extracomment>
        <translation>Ersatz-Appliances werden in der Regel mit Standard-Zugangsdaten ausgeliefert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a new password</source>
        <extracomment>proc_hardware_installation.json#new_password</extracomment>
        <translation>Ein neues Passwort eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a new password.</source>
        <extracomment>proc_hardware_installation.json#new_password</extracomment>
        <translation>Geben Sie ein neues Passwort ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this password in a secure location. It is difficult to recover if lost.</source>
        <extracomment>proc_hardware_installation.json#new_password</extracomment>
        <translation>Bewahren Sie dieses Passwort an einem sicheren Ort auf. Geht es verloren, ist es schwer wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address of the appliance</source>
        <extracomment>proc_hardware_installation.json#ip_address</extracomment>
        <translation>IP-Adresse der Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For IP settings, reference a saved copy of the IP settings from the previous appliance.</source>
        <extracomment>proc_hardware_installation.json#ip_address</extracomment>
        <translation>Nehmen Sie für die IP-Einstellungen eine gesicherte Kopie der IP-Einstellungen der vorigen Appliance zur Hand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subnet mask of the appliance</source>
        <extracomment>proc_hardware_installation.json#subnet_mask</extracomment>
        <translation>Subnetzmaske der Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default gateway of the appliance</source>
        <extracomment>proc_hardware_installation.json#gateway</extracomment>
        <translation>Standard-Gateway der Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the IP address</source>
        <extracomment>proc_hardware_installation.json#add_ip</extracomment>
        <translation>Die IP-Adresse hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse to **Networking &gt; IP Configuration**. Click **Add New IP**. Fill out the resulting page with settings appropriate for the network. Save the new IP address.</source>
        <extracomment>proc_hardware_installation.json#add_ip</extracomment>
        <translation>Öffnen Sie **Networking &gt; IP Configuration**. Klicken Sie auf **Add New IP**. Füllen Sie die folgende Seite mit den für das Netzwerk passenden Einstellungen aus. Speichern Sie die neue IP-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the default gateway</source>
        <extracomment>proc_hardware_installation.json#default_gateway</extracomment>
        <translation>Das Standard-Gateway hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the default gateway in the **Global Configuration** section.</source>
        <extracomment>proc_hardware_installation.json#default_gateway</extracomment>
        <translation>Tragen Sie das Standard-Gateway im Abschnitt **Global Configuration** ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the other network settings</source>
        <extracomment>proc_hardware_installation.json#other_settings</extracomment>
        <translation>Die übrigen Netzwerkeinstellungen eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are the basic settings required to bring an appliance online in most situations; however, the network may have additional DNS, NTP, syslog, SMTP, and/or other servers and settings. Ideally, these have been saved in backup files. Like IP configuration, these other settings cannot be restored automatically. Instead, they must be manually entered.</source>
        <extracomment>proc_hardware_installation.json#other_settings</extracomment>
        <translation>Das sind die Grundeinstellungen, die in den meisten Fällen nötig sind, um eine Appliance in Betrieb zu nehmen; das Netzwerk kann aber weitere DNS-, NTP-, Syslog-, SMTP- und/oder andere Server und Einstellungen haben. Idealerweise wurden diese in Backup-Dateien gesichert. Wie die IP-Konfiguration lassen sich auch diese Einstellungen nicht automatisch wiederherstellen, sondern müssen von Hand eingegeben werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appliance answers on its new address</source>
        <extracomment>proc_hardware_installation.json#reachable</extracomment>
        <translation>Die Appliance antwortet unter ihrer neuen Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects to TCP port 443 of the address just configured.</source>
        <extracomment>proc_hardware_installation.json#reachable</extracomment>
        <translation>Verbindet sich mit TCP-Port 443 der soeben eingerichteten Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once all the /appliance settings and/or IP configuration settings are restored, proceed to restore the certificates and /login administrative interface.</source>
        <extracomment>proc_hardware_installation.json#reachable</extracomment>
        <translation>Sind alle /appliance-Einstellungen und/oder die IP-Konfiguration wiederhergestellt, stellen Sie die Zertifikate und die administrative Oberfläche /login wieder her.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover /login from a backup</source>
        <extracomment>proc_login_restore.json</extracomment>
        <translation>/login aus einem Backup wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the backup&apos;s version can be restored onto the site, upload it with Restore Settings, then test with the rep console.</source>
        <extracomment>proc_login_restore.json</extracomment>
        <translation>Prüfen, ob die Version des Backups auf der Site wiederhergestellt werden kann, es mit Restore Settings hochladen, dann mit der Technikerkonsole testen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronization or backup file</source>
        <extracomment>proc_login_restore.json#sync_or_backup</extracomment>
        <translation>Synchronisierung oder Backup-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In failover and Atlas scenarios, /login data is recovered using data synchronization rather than backup files. Outside of this, the .nsb backup files should be saved in order to restore /login settings, users, and data. However, before restoring a backup file, take into account the Bomgar product release version from which the backup was downloaded as well as the version of the site receiving the backup file.</source>
        <extracomment>proc_login_restore.json#sync_or_backup</extracomment>
        <translation>In Failover- und Atlas-Szenarien werden /login-Daten per Datensynchronisierung statt aus Backup-Dateien wiederhergestellt. Ansonsten sollten die .nsb-Backup-Dateien aufbewahrt werden, um /login-Einstellungen, Benutzer und Daten wiederherzustellen. Berücksichtigen Sie aber vor der Wiederherstellung einer Backup-Datei die Bomgar-Produktversion, aus der das Backup heruntergeladen wurde, und die Version der Site, die die Backup-Datei erhält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar does not test restoring backups from every version to every other version. Only backups from the supported upgrades of a particular version are tested. Supported upgrade versions are listed in the release notes for each version. Release notes are available at www.bomgar.com/changelog.</source>
        <extracomment>proc_login_restore.json#sync_or_backup</extracomment>
        <translation>Bomgar testet nicht die Wiederherstellung von Backups jeder Version auf jeder anderen Version. Getestet werden nur Backups der unterstützten Upgrades einer bestimmten Version. Die unterstützten Upgrade-Versionen stehen in den Release Notes jeder Version. Die Release Notes finden Sie unter www.bomgar.com/changelog.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup file to restore</source>
        <extracomment>proc_login_restore.json#backup_file</extracomment>
        <translation>Die wiederherzustellende Backup-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version of a particular backup can be found by checking the filename of the backup. By default, Bomgar backup file names begin with **Bomgar** followed by the Bomgar product release version of the backup, the name of the site which generated the backup, the date on which the backup was downloaded, and the unique ID of the backup file.</source>
        <extracomment>proc_login_restore.json#backup_file</extracomment>
        <translation>Die Version eines Backups erkennen Sie am Dateinamen des Backups. Standardmäßig beginnen die Namen von Bomgar-Backup-Dateien mit **Bomgar**, gefolgt von der Bomgar-Produktversion des Backups, dem Namen der Site, die das Backup erzeugt hat, dem Download-Datum und der eindeutigen ID der Backup-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version of the receiving site</source>
        <extracomment>proc_login_restore.json#site_version</extracomment>
        <translation>Version der empfangenden Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the version of the site to which the backup is being uploaded to by viewing the **Product Version** field on the **/login &gt; Status &gt; Information** page.</source>
        <extracomment>proc_login_restore.json#site_version</extracomment>
        <translation>Prüfen Sie die Version der Site, auf die das Backup hochgeladen wird, im Feld **Product Version** auf der Seite **/login &gt; Status &gt; Information**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product Version</source>
        <extracomment>proc_login_restore.json#site_version</extracomment>
        <translation>Product Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup&apos;s version can be restored onto this site</source>
        <extracomment>proc_login_restore.json#check_version</extracomment>
        <translation>Die Version des Backups kann auf dieser Site wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads the version and download date from the backup file name and compares the version with the site&apos;s **Product Version**.</source>
        <extracomment>proc_login_restore.json#check_version</extracomment>
        <translation>Liest Version und Download-Datum aus dem Namen der Backup-Datei und vergleicht die Version mit der **Product Version** der Site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When attempting to restore backups from an old release version to a newer version of Bomgar not listed as the backup&apos;s supported upgrade version, unexpected issues and/or data loss can occur.</source>
        <extracomment>proc_login_restore.json#check_version</extracomment>
        <translation>Werden Backups einer alten Version auf einer neueren Bomgar-Version wiederhergestellt, die nicht als unterstützte Upgrade-Version des Backups aufgeführt ist, können unerwartete Probleme und/oder Datenverlust auftreten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When attempting to restore backups from newer versions of Bomgar to older, major issues occur. This is simply not supported.</source>
        <extracomment>proc_login_restore.json#check_version</extracomment>
        <translation>Werden Backups neuerer Bomgar-Versionen auf älteren wiederhergestellt, treten schwere Probleme auf. Das wird schlicht nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As long as the rules concerning release versions are followed, backups can be successfully restored between physical appliances (i.e., B200, B300, and B400) and virtual appliances and between physical appliances of different hardware revisions.</source>
        <extracomment>proc_login_restore.json#check_version</extracomment>
        <translation>Solange die Regeln zu den Versionen eingehalten werden, lassen sich Backups erfolgreich zwischen physischen Appliances (d. h. B200, B300 und B400) und virtuellen Appliances sowie zwischen physischen Appliances verschiedener Hardware-Revisionen wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is the restore method validated?</source>
        <extracomment>proc_login_restore.json#version_ok</extracomment>
        <translation>Ist die Wiederherstellungsmethode geprüft?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the backup only once the restore method is validated.</source>
        <extracomment>proc_login_restore.json#version_ok</extracomment>
        <translation>Stellen Sie das Backup erst wieder her, wenn die Wiederherstellungsmethode geprüft ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can this backup be restored onto this site?</source>
        <extracomment>proc_login_restore.json#version_ok</extracomment>
        <translation>Kann dieses Backup auf dieser Site wiederhergestellt werden?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the site to a compatible version</source>
        <extracomment>proc_login_restore.json#update_site</extracomment>
        <translation>Die Site auf eine kompatible Version bringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may be necessary to upgrade the site to the same version as the failover appliance or to a version compatible with the backup file. In these cases, contact Bomgar Support for the necessary /login site updates.</source>
        <extracomment>proc_login_restore.json#update_site</extracomment>
        <translation>Möglicherweise muss die Site auf dieselbe Version wie die Failover-Appliance oder auf eine zur Backup-Datei passende Version aktualisiert werden. Wenden Sie sich in diesen Fällen wegen der nötigen /login-Site-Updates an den Bomgar Support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the version again</source>
        <extracomment>proc_login_restore.json#site_version_again</extracomment>
        <translation>Die Version erneut prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the **Product Version** field on the **/login &gt; Status &gt; Information** page again, then compare it with the backup&apos;s version.</source>
        <extracomment>proc_login_restore.json#site_version_again</extracomment>
        <translation>Prüfen Sie erneut das Feld **Product Version** auf der Seite **/login &gt; Status &gt; Information** und vergleichen Sie es mit der Version des Backups.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Software</source>
        <extracomment>proc_login_restore.json#browse_software</extracomment>
        <translation>Software öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse to **/login &gt; Management &gt; Software**.</source>
        <extracomment>proc_login_restore.json#browse_software</extracomment>
        <translation>Öffnen Sie **/login &gt; Management &gt; Software**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locate Restore Settings</source>
        <extracomment>proc_login_restore.json#locate_restore</extracomment>
        <translation>Restore Settings suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locate **Software :: Restore Settings**.</source>
        <extracomment>proc_login_restore.json#locate_restore</extracomment>
        <translation>Suchen Sie **Software :: Restore Settings**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose File</source>
        <extracomment>proc_login_restore.json#choose_file</extracomment>
        <translation>Choose File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click **Choose File**.</source>
        <extracomment>proc_login_restore.json#choose_file</extracomment>
        <translation>Klicken Sie auf **Choose File**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the backup file</source>
        <extracomment>proc_login_restore.json#select_file</extracomment>
        <translation>Die Backup-Datei auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the backup file using the file browser.</source>
        <extracomment>proc_login_restore.json#select_file</extracomment>
        <translation>Wählen Sie die Backup-Datei im Dateibrowser aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the backup password, if one was assigned.</source>
        <extracomment>proc_login_restore.json#backup_password</extracomment>
        <translation>Geben Sie das Backup-Passwort ein, falls eines vergeben wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup password is assigned by the administrator who downloads the backup originally. If it is lost, the backup cannot be restored.</source>
        <extracomment>proc_login_restore.json#backup_password</extracomment>
        <translation>Das Backup-Passwort vergibt der Administrator, der das Backup ursprünglich herunterlädt. Geht es verloren, lässt sich das Backup nicht wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once it is restored, all users (including the local administrator), settings, and most data are restored to the state at which the backup was originally downloaded.</source>
        <extracomment>proc_login_restore.json#upload_backup</extracomment>
        <translation>Nach der Wiederherstellung sind alle Benutzer (einschließlich des lokalen Administrators), Einstellungen und die meisten Daten auf dem Stand, den sie beim ursprünglichen Download des Backups hatten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the /login site package</source>
        <extracomment>proc_login_site_package.json</extracomment>
        <translation>Das /login-Site-Paket installieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask Bomgar Support for the /login site updates, install the base software updates and the site package, and log in with the default credentials.</source>
        <extracomment>proc_login_site_package.json</extracomment>
        <translation>Beim Bomgar Support die /login-Site-Updates anfordern, die Updates der Basissoftware und das Site-Paket installieren und mit den Standard-Zugangsdaten anmelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why a site package is needed</source>
        <extracomment>proc_login_site_package.json#why</extracomment>
        <translation>Warum ein Site-Paket nötig ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlike /appliance, the /login administrative web interface is not installed by default on new appliances. Therefore, in cases where a new virtual appliance has been installed or a new hardware appliance has been shipped, the new appliance does not usually have a /login administrative web interface. If the appliance was repaired or restored from a snapshot instead of replaced or re-installed, the repaired appliance still has a /login site package installed, but it may be necessary to upgrade the site to the same version as the failover appliance or to a version compatible with the backup file. In these cases, contact Bomgar Support for the necessary /login site updates.</source>
        <extracomment>proc_login_site_package.json#why</extracomment>
        <translation>Anders als /appliance ist die administrative Weboberfläche /login auf neuen Appliances standardmäßig nicht installiert. Wurde eine neue virtuelle Appliance installiert oder eine neue Hardware-Appliance geliefert, hat die neue Appliance daher meist keine administrative Weboberfläche /login. Wurde die Appliance repariert oder aus einem Snapshot wiederhergestellt statt ersetzt oder neu installiert, ist auf der reparierten Appliance noch ein /login-Site-Paket installiert; möglicherweise muss die Site aber auf dieselbe Version wie die Failover-Appliance oder auf eine zur Backup-Datei passende Version aktualisiert werden. Wenden Sie sich in diesen Fällen wegen der nötigen /login-Site-Updates an den Bomgar Support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance FQDN registered in DNS</source>
        <extracomment>proc_login_site_package.json#appliance_fqdn</extracomment>
        <translation>Im DNS registrierter FQDN der Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appliance&apos;s fully qualified domain name as registered in DNS, for the email to Bomgar Support.</source>
        <extracomment>proc_login_site_package.json#appliance_fqdn</extracomment>
        <translation>Der im DNS registrierte vollqualifizierte Domänenname der Appliance, für die E-Mail an den Bomgar Support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance FQDN</source>
        <extracomment>proc_login_site_package.json#appliance_fqdn</extracomment>
        <translation>FQDN der Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version of the most recent backup file</source>
        <extracomment>proc_login_site_package.json#backup_version</extracomment>
        <translation>Version der neuesten Backup-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Bomgar product release version in the file name of the most recent backup file.</source>
        <extracomment>proc_login_site_package.json#backup_version</extracomment>
        <translation>Die Bomgar-Produktversion im Dateinamen der neuesten Backup-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup version</source>
        <extracomment>proc_login_site_package.json#backup_version</extracomment>
        <translation>Backup-Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email Bomgar Support</source>
        <extracomment>proc_login_site_package.json#email_support</extracomment>
        <translation>E-Mail an den Bomgar Support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To get the updates, send Bomgar Support an email including these items:
- **Screenshot of the /appliance Status page**
- **Appliance FQDN registered in DNS**
- **Version of the most recent backup file**</source>
        <extracomment>proc_login_site_package.json#email_support</extracomment>
        <translation>Um die Updates zu erhalten, senden Sie dem Bomgar Support eine E-Mail mit folgenden Angaben:
- **Screenshot der Seite Status in /appliance**
- **Im DNS registrierter FQDN der Appliance**
- **Version der neuesten Backup-Datei**</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive the update packages</source>
        <extracomment>proc_login_site_package.json#wait_package</extracomment>
        <translation>Die Update-Pakete erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After receiving this information, Support registers the appliance on the Bomgar update servers, builds the necessary update package(s), and sends the installation instructions. There are one or more base software updates to install prior to the /login site package.</source>
        <extracomment>proc_login_site_package.json#wait_package</extracomment>
        <translation>Mit diesen Angaben registriert der Support die Appliance auf den Bomgar-Update-Servern, erstellt das nötige Update-Paket bzw. die Pakete und sendet die Installationsanleitung. Vor dem /login-Site-Paket sind ein oder mehrere Updates der Basissoftware zu installieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the updates and log into /login</source>
        <extracomment>proc_login_site_package.json#install</extracomment>
        <translation>Die Updates installieren und an /login anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the instructions from Bomgar Support to update the appliance and log into the /login web interface, using the default admin and password credentials. The system forces the password to be changed at login.</source>
        <extracomment>proc_login_site_package.json#install</extracomment>
        <translation>Folgen Sie der Anleitung des Bomgar Support, um die Appliance zu aktualisieren, und melden Sie sich mit den Standard-Zugangsdaten admin und password an der Weboberfläche /login an. Das System erzwingt bei der Anmeldung eine Passwortänderung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the appliance with the rep console</source>
        <extracomment>proc_rep_console_test.json</extracomment>
        <translation>Die Appliance mit der Technikerkonsole testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the rep console with the credentials that worked before the failure and verify Jump Clients, Jumpoints, options and settings.</source>
        <extracomment>proc_rep_console_test.json</extracomment>
        <translation>Mit den vor dem Ausfall gültigen Zugangsdaten an der Technikerkonsole anmelden und Jump Clients, Jumpoints, Optionen und Einstellungen prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appliance should now be operational</source>
        <extracomment>proc_rep_console_test.json#expectation</extracomment>
        <translation>Die Appliance sollte jetzt betriebsbereit sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After /login is online and the backup is restored, the appliance should be fully operational, assuming the network&apos;s traffic has been properly routed.</source>
        <extracomment>proc_rep_console_test.json#expectation</extracomment>
        <translation>Ist /login online und das Backup wiederhergestellt, sollte die Appliance voll betriebsbereit sein, sofern der Netzwerkverkehr richtig geleitet wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the rep console</source>
        <extracomment>proc_rep_console_test.json#open_console</extracomment>
        <translation>Die Technikerkonsole öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the rep console.</source>
        <extracomment>proc_rep_console_test.json#open_console</extracomment>
        <translation>Öffnen Sie die Technikerkonsole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in as before the failure</source>
        <extracomment>proc_rep_console_test.json#log_in</extracomment>
        <translation>Wie vor dem Ausfall anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in with the user credentials that worked prior to the failure event.</source>
        <extracomment>proc_rep_console_test.json#log_in</extracomment>
        <translation>Melden Sie sich mit den Benutzerdaten an, die vor dem Ausfall funktioniert haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify clients, options and settings</source>
        <extracomment>proc_rep_console_test.json#verify</extracomment>
        <translation>Clients, Optionen und Einstellungen prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify that all Jump Clients, Jumpoints, options, and settings function as expected.</source>
        <extracomment>proc_rep_console_test.json#verify</extracomment>
        <translation>Prüfen Sie, ob alle Jump Clients, Jumpoints, Optionen und Einstellungen wie erwartet funktionieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There should be no need to deploy new client software. Instead, the original clients should reconnect with the new appliance automatically.</source>
        <extracomment>proc_rep_console_test.json#verify</extracomment>
        <translation>Neue Client-Software sollte nicht nötig sein. Die ursprünglichen Clients sollten sich automatisch wieder mit der neuen Appliance verbinden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return the defective appliance</source>
        <extracomment>proc_return_defective.json</extracomment>
        <translation>Die defekte Appliance zurückschicken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wipe the failed appliance (Reset Appliance to Factory Defaults, Shut Down This Appliance) and ship it back with the return label within two weeks.</source>
        <extracomment>proc_return_defective.json</extracomment>
        <translation>Die ausgefallene Appliance löschen (Reset Appliance to Factory Defaults, Shut Down This Appliance) und innerhalb von zwei Wochen mit dem Rücksendeetikett zurückschicken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wipe the appliance first?</source>
        <extracomment>proc_return_defective.json#wipe</extracomment>
        <translation>Die Appliance vorher löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In cases where you have replaced a failed hardware appliance, it will be necessary to dispose of the failed hardware. First, you may wish to wipe the appliance of all sensitive data.</source>
        <extracomment>proc_return_defective.json#wipe</extracomment>
        <translation>Wenn Sie eine ausgefallene Hardware-Appliance ersetzt haben, muss die ausgefallene Hardware entsorgt werden. Vorher möchten Sie die Appliance möglicherweise von allen sensiblen Daten befreien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wipe the defective appliance before returning it?</source>
        <extracomment>proc_return_defective.json#wipe</extracomment>
        <translation>Die defekte Appliance vor der Rücksendung löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, wipe it</source>
        <extracomment>proc_return_defective.json#wipe</extracomment>
        <translation>Ja, löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the defective appliance</source>
        <extracomment>proc_return_defective.json#log_in</extracomment>
        <translation>An der defekten Appliance anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the **/appliance** web interface of the defective appliance.</source>
        <extracomment>proc_return_defective.json#log_in</extracomment>
        <translation>Melden Sie sich an der Weboberfläche **/appliance** der defekten Appliance an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Status &gt; Basics</source>
        <extracomment>proc_return_defective.json#status_basics</extracomment>
        <translation>Status &gt; Basics öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse to the **Status &gt; Basics** page.</source>
        <extracomment>proc_return_defective.json#status_basics</extracomment>
        <translation>Öffnen Sie die Seite **Status &gt; Basics**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset Appliance to Factory Defaults</source>
        <extracomment>proc_return_defective.json#factory_reset</extracomment>
        <translation>Reset Appliance to Factory Defaults</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click **Reset Appliance to Factory Defaults**.</source>
        <extracomment>proc_return_defective.json#factory_reset</extracomment>
        <translation>Klicken Sie auf **Reset Appliance to Factory Defaults**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the reset</source>
        <extracomment>proc_return_defective.json#wait_reset</extracomment>
        <translation>Auf das Zurücksetzen warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the reset to complete.</source>
        <extracomment>proc_return_defective.json#wait_reset</extracomment>
        <translation>Warten Sie, bis das Zurücksetzen abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shut Down This Appliance</source>
        <extracomment>proc_return_defective.json#shut_down</extracomment>
        <translation>Shut Down This Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click **Shut Down This Appliance**.</source>
        <extracomment>proc_return_defective.json#shut_down</extracomment>
        <translation>Klicken Sie auf **Shut Down This Appliance**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ship it back with the return label</source>
        <extracomment>proc_return_defective.json#return_label</extracomment>
        <translation>Mit dem Rücksendeetikett zurückschicken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once done, ask Bomgar Support for a return shipping label, if you have not been sent one already. Once you have the return label, use it to ship the appliance back. Many administrators choose to use the packaging materials of the replacement appliance to return the defective one.</source>
        <extracomment>proc_return_defective.json#return_label</extracomment>
        <translation>Fordern Sie danach beim Bomgar Support ein Rücksendeetikett an, falls Sie noch keines erhalten haben. Schicken Sie die Appliance mit diesem Etikett zurück. Viele Administratoren verwenden dafür die Verpackung der Ersatz-Appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a replacement appliance is received, it is a requirement that the defective appliance be returned to Bomgar within two weeks of the new appliance becoming operational. Outstanding appliances are invoiced at list price.</source>
        <extracomment>proc_return_defective.json#return_label</extracomment>
        <translation>Wurde eine Ersatz-Appliance geliefert, muss die defekte Appliance innerhalb von zwei Wochen, nachdem die neue in Betrieb ist, an Bomgar zurückgeschickt werden. Nicht zurückgegebene Appliances werden zum Listenpreis berechnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair at the location, or RMA</source>
        <extracomment>proc_rma.json</extracomment>
        <translation>Reparatur vor Ort oder RMA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepare for an at-location repair with Bomgar Support (keyboard, monitor, torx screwdriver or KVM, outbound TCP 443); if that is not possible, give Support what it needs for the RMA.</source>
        <extracomment>proc_rma.json</extracomment>
        <translation>Eine Reparatur vor Ort mit dem Bomgar Support vorbereiten (Tastatur, Monitor, Torx-Schraubendreher oder KVM, ausgehend TCP 443); ist das nicht möglich, dem Support geben, was er für den RMA braucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard, monitor and screwdriver at the appliance</source>
        <extracomment>proc_rma.json#on_site</extracomment>
        <translation>Tastatur, Monitor und Schraubendreher an der Appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every reasonable attempt is made to restore Bomgar Appliances to full operation while still at the location. This typically involves a technician going to wherever the appliance is located and connecting a PS/2 keyboard and VGA monitor to the back of the appliance. To do this, a torx 8 or 10 screwdriver is required to remove the backplate.</source>
        <extracomment>proc_rma.json#on_site</extracomment>
        <translation>Es wird alles Zumutbare versucht, Bomgar-Appliances noch vor Ort wieder voll betriebsfähig zu machen. Dazu geht in der Regel ein Techniker zum Standort der Appliance und schließt eine PS/2-Tastatur und einen VGA-Monitor auf der Rückseite an. Zum Abnehmen der Rückwand ist ein Torx-Schraubendreher T8 oder T10 nötig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is best practice to have all this hardware on-site prior to a failure event.</source>
        <extracomment>proc_rma.json#on_site</extracomment>
        <translation>Bewährt hat sich, all diese Hardware schon vor einem Ausfall vor Ort bereitzuhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the appliance is racked in a data center with a KVM switch, this can be used instead.</source>
        <extracomment>proc_rma.json#on_site</extracomment>
        <translation>Steht die Appliance in einem Rechenzentrum mit KVM-Switch, kann stattdessen dieser verwendet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound TCP 443</source>
        <extracomment>proc_rma.json#outbound_443</extracomment>
        <translation>Ausgehend TCP 443</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is also best practice to allow the appliance outbound access to the internet over TCP 443. This allows Bomgar Support to establish a secure connection with the appliance for low-level troubleshooting and recovery.</source>
        <extracomment>proc_rma.json#outbound_443</extracomment>
        <translation>Bewährt hat sich außerdem, der Appliance ausgehenden Internetzugang über TCP 443 zu erlauben. So kann der Bomgar Support eine sichere Verbindung zur Appliance für tiefgehende Fehlersuche und Wiederherstellung aufbauen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair at the location</source>
        <extracomment>proc_rma.json#repaired</extracomment>
        <translation>Reparatur vor Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could the appliance be repaired at its location?</source>
        <extracomment>proc_rma.json#repaired</extracomment>
        <translation>Konnte die Appliance vor Ort repariert werden?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, it was repaired</source>
        <extracomment>proc_rma.json#repaired</extracomment>
        <translation>Ja, sie wurde repariert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, an RMA is needed</source>
        <extracomment>proc_rma.json#repaired</extracomment>
        <translation>Nein, ein RMA ist nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What an RMA covers</source>
        <extracomment>proc_rma.json#rma_scope</extracomment>
        <translation>Was ein RMA umfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hardware RMAs may include one or more completely new appliances and/or Field Replaceable Units (FRU). An FRU can be issued only for B300 and B400 appliances. Replaceable items include hard disk drives and power supplies. Any other hardware problems result in a full RMA of the entire appliance.</source>
        <extracomment>proc_rma.json#rma_scope</extracomment>
        <translation>Hardware-RMAs können eine oder mehrere komplett neue Appliances und/oder Field Replaceable Units (FRU) umfassen. Eine FRU kann nur für B300- und B400-Appliances ausgegeben werden. Austauschbar sind Festplatten und Netzteile. Alle anderen Hardwareprobleme führen zu einem vollständigen RMA der gesamten Appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact name</source>
        <extracomment>proc_rma.json#contact_name</extracomment>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To process an RMA, Bomgar Support needs the contact name, email, and phone.</source>
        <extracomment>proc_rma.json#contact_name</extracomment>
        <translation>Für einen RMA braucht der Bomgar Support Namen, E-Mail-Adresse und Telefonnummer des Ansprechpartners.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact email</source>
        <extracomment>proc_rma.json#contact_email</extracomment>
        <translation>E-Mail des Ansprechpartners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact phone</source>
        <extracomment>proc_rma.json#contact_phone</extracomment>
        <translation>Telefon des Ansprechpartners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping address</source>
        <extracomment>proc_rma.json#shipping_address</extracomment>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shipping address for the replacement.</source>
        <extracomment>proc_rma.json#shipping_address</extracomment>
        <translation>Die Lieferadresse für den Ersatz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The serial number of the failed appliance.</source>
        <extracomment>proc_rma.json#serial</extracomment>
        <translation>Die Seriennummer der ausgefallenen Appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT number</source>
        <extracomment>proc_rma.json#vat</extracomment>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value Added Tax (VAT) number, if necessary.</source>
        <extracomment>proc_rma.json#vat</extracomment>
        <translation>Umsatzsteuer-Identifikationsnummer (USt-IdNr.), falls nötig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>International shipment?</source>
        <extracomment>proc_rma.json#international</extracomment>
        <translation>Internationaler Versand?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When shipping Bomgar hardware internationally, Bomgar Support must begin by confirming whether the appliance is to be returned to Bomgar temporarily and shipped back after repair or returned to Bomgar permanently and replaced with new hardware.</source>
        <extracomment>proc_rma.json#international</extracomment>
        <translation>Wird Bomgar-Hardware international versandt, muss der Bomgar Support zuerst klären, ob die Appliance vorübergehend an Bomgar geht und nach der Reparatur zurückgeschickt wird oder dauerhaft an Bomgar geht und durch neue Hardware ersetzt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is the hardware shipped internationally?</source>
        <extracomment>proc_rma.json#international</extracomment>
        <translation>Wird die Hardware international versandt?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair and return, or replace</source>
        <extracomment>proc_rma.json#international_choice</extracomment>
        <translation>Reparieren und zurückschicken oder ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm with Bomgar Support whether the appliance is to be returned to Bomgar temporarily and shipped back after repair or returned to Bomgar permanently and replaced with new hardware. The former option can take up to four weeks.</source>
        <extracomment>proc_rma.json#international_choice</extracomment>
        <translation>Klären Sie mit dem Bomgar Support, ob die Appliance vorübergehend an Bomgar geht und nach der Reparatur zurückgeschickt wird oder dauerhaft an Bomgar geht und durch neue Hardware ersetzt wird. Die erste Variante kann bis zu vier Wochen dauern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Because the latter option may incur VAT fees for international shipments, it is important to send documented consent to Bomgar Support for the payment of any fees incurred by this process.</source>
        <extracomment>proc_rma.json#international_choice</extracomment>
        <translation>Da bei der zweiten Variante für internationale Sendungen Mehrwertsteuergebühren anfallen können, ist es wichtig, dem Bomgar Support eine dokumentierte Zustimmung zur Zahlung etwaiger bei diesem Vorgang anfallender Gebühren zu senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replacements for appliances located in Ireland or the European Union are usually shipped from Bomgar&apos;s inventory in Ireland. No VAT fees are expected for these shipments.</source>
        <extracomment>proc_rma.json#international_choice</extracomment>
        <translation>Ersatzgeräte für Appliances in Irland oder der Europäischen Union werden in der Regel aus Bomgars Lager in Irland verschickt. Für diese Sendungen sind keine Mehrwertsteuergebühren zu erwarten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packing slip, return label or DHL pickup</source>
        <extracomment>proc_rma.json#paperwork</extracomment>
        <translation>Lieferschein, Rücksendeetikett oder DHL-Abholung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the RMA request has been opened, a printable packing slip for the old appliance is emailed along with tracking and setup instructions for the new or repaired hardware. For RMAs in the United States, a return shipping label is sent. For appliances outside the United States, either Bomgar&apos;s DHL account number is given to schedule a DHL pickup, or Bomgar Support arranges for the Waste Electrical and Electronic Equipment (WEEE) scrapping of the appliance.</source>
        <extracomment>proc_rma.json#paperwork</extracomment>
        <translation>Sobald die RMA-Anfrage eröffnet ist, kommen per E-Mail ein druckbarer Lieferschein für die alte Appliance sowie Sendungsverfolgung und Einrichtungsanleitung für die neue oder reparierte Hardware. Bei RMAs in den USA wird ein Rücksendeetikett geschickt. Für Appliances außerhalb der USA wird entweder Bomgars DHL-Kundennummer genannt, um eine DHL-Abholung zu vereinbaren, oder der Bomgar Support veranlasst die Verschrottung der Appliance nach WEEE (Elektro- und Elektronik-Altgeräte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar Support follows up to ensure the replacement hardware is installed and functional before closing the RMA incident.</source>
        <extracomment>proc_rma.json#paperwork</extracomment>
        <translation>Der Bomgar Support fasst nach, ob die Ersatzhardware installiert ist und funktioniert, bevor er den RMA-Incident schließt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call Bomgar Support</source>
        <extracomment>proc_support_call.json</extracomment>
        <translation>Den Bomgar Support anrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to reach Bomgar Support, their hours and holidays, the severity levels, what to send, and the incident number.</source>
        <extracomment>proc_support_call.json</extracomment>
        <translation>Wie Sie den Bomgar Support erreichen, seine Zeiten und Feiertage, die Schweregrade, was zu senden ist, und die Incident-Nummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to reach Bomgar Support</source>
        <extracomment>proc_support_call.json#channels</extracomment>
        <translation>So erreichen Sie den Bomgar Support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents should be reported to Bomgar Support via chat, phone, or incident form on the www.bomgar.com/help site. Some of these options require a login, which is given to existing customers upon purchasing Bomgar. Anyone can email Bomgar Support, even without purchasing Bomgar, using any of the following three email addresses:
- General email: support@bomgar.com
- EMEA region: emea.support@bomgar.com
- APAC region: apac.support@bomgar.com</source>
        <extracomment>proc_support_call.json#channels</extracomment>
        <translation>Incidents sollten dem Bomgar Support per Chat, Telefon oder Incident-Formular auf der Site www.bomgar.com/help gemeldet werden. Einige dieser Wege erfordern eine Anmeldung, die Bestandskunden beim Kauf von Bomgar erhalten. Jeder kann dem Bomgar Support eine E-Mail schreiben, auch ohne Bomgar gekauft zu haben, an eine dieser drei Adressen:
- Allgemeine E-Mail: support@bomgar.com
- Region EMEA: emea.support@bomgar.com
- Region APAC: apac.support@bomgar.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support hours and holidays</source>
        <extracomment>proc_support_call.json#hours</extracomment>
        <translation>Support-Zeiten und Feiertage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar offers support in English during our normal business hours from 2:00 AM to 7:00 PM CST/CDT, Monday - Friday. The site www.bomgar.com/help is available 24 hours a day to provide assistance.</source>
        <extracomment>proc_support_call.json#hours</extracomment>
        <translation>Bomgar bietet Support auf Englisch während der normalen Geschäftszeiten von 2:00 bis 19:00 Uhr CST/CDT, Montag bis Freitag. Die Site www.bomgar.com/help steht rund um die Uhr zur Verfügung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar observes the following holidays (USA): New Year&apos;s Day (January 1st), Martin Luther King Day (Third Monday in January), President&apos;s Day (Third Monday in February), Good Friday (Varies), Memorial Day (Last Monday in May), Independence Day (July 4th), Labor Day (First Monday in September), Columbus Day (Second Monday in October), Veterans Day (November 11th), Thanksgiving Day (Fourth Thursday in November), Day after Thanksgiving (Fourth Friday in November), Christmas Eve (December 24th), Christmas Day (December 25th).</source>
        <extracomment>proc_support_call.json#hours</extracomment>
        <translation>Bomgar begeht folgende (US-)Feiertage: New Year&apos;s Day (1. Januar), Martin Luther King Day (dritter Montag im Januar), President&apos;s Day (dritter Montag im Februar), Good Friday (Karfreitag, wechselnd), Memorial Day (letzter Montag im Mai), Independence Day (4. Juli), Labor Day (erster Montag im September), Columbus Day (zweiter Montag im Oktober), Veterans Day (11. November), Thanksgiving Day (vierter Donnerstag im November), Day after Thanksgiving (vierter Freitag im November), Christmas Eve (24. Dezember), Christmas Day (25. Dezember).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the holiday falls during a weekend, the nearest weekday is observed instead.</source>
        <extracomment>proc_support_call.json#hours</extracomment>
        <translation>Fällt ein Feiertag auf ein Wochenende, wird stattdessen der nächstgelegene Werktag begangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents reported outside of Bomgar&apos;s normal support hours are considered to be received at the beginning of the next business day.</source>
        <extracomment>proc_support_call.json#hours</extracomment>
        <translation>Außerhalb der normalen Support-Zeiten von Bomgar gemeldete Incidents gelten als zu Beginn des nächsten Geschäftstags eingegangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity levels</source>
        <extracomment>proc_support_call.json#severity</extracomment>
        <translation>Schweregrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity levels range from **Severity Level 1** (critical) to **Severity Level 3** (low priority).
- **Severity Level 1:** Production system down and inoperable. The issue cannot be solved by a restart, a bypass, or a workaround. Incident must be documented via email and followed up by telephone call. Maximum target time for First Response (start of resolution) is 30 minutes. Maximum target time for Customer Response Time is 30 minutes.
- **Severity Level 2:** Production system is operational but impacted due to issue with documented product functionality. Workaround exists for core product functionality. Incident must be reported via email to document the issue and may be followed up by telephone. Maximum target time for First Response (start of resolution) is 24 hours. Maximum target time for Customer Response Time is 24 hours.
- **Severity Level 3:** Cosmetic impairment. Limited impact to use of system. No immediate resolution required. Incident must be reported via email. Maximum target time for First Response (start of resolution) is 24 hours.</source>
        <extracomment>proc_support_call.json#severity</extracomment>
        <translation>Die Schweregrade reichen von **Schweregrad 1** (kritisch) bis **Schweregrad 3** (niedrige Priorität).
- **Schweregrad 1:** Produktivsystem ausgefallen und nicht betriebsfähig. Das Problem lässt sich weder durch einen Neustart noch durch eine Umgehung oder einen Workaround lösen. Der Incident muss per E-Mail dokumentiert und telefonisch nachgefasst werden. Maximale Zielzeit für die First Response (Beginn der Lösung): 30 Minuten. Maximale Zielzeit für die Customer Response Time: 30 Minuten.
- **Schweregrad 2:** Produktivsystem betriebsfähig, aber durch ein Problem mit dokumentierter Produktfunktionalität beeinträchtigt. Für die Kernfunktionalität gibt es einen Workaround. Der Incident muss per E-Mail gemeldet werden, um das Problem zu dokumentieren, und kann telefonisch nachgefasst werden. Maximale Zielzeit für die First Response (Beginn der Lösung): 24 Stunden. Maximale Zielzeit für die Customer Response Time: 24 Stunden.
- **Schweregrad 3:** Kosmetische Beeinträchtigung. Begrenzte Auswirkung auf die Nutzung des Systems. Keine sofortige Lösung erforderlich. Der Incident muss per E-Mail gemeldet werden. Maximale Zielzeit für die First Response (Beginn der Lösung): 24 Stunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response times are based on normal business hours, unless otherwise noted.</source>
        <extracomment>proc_support_call.json#severity</extracomment>
        <translation>Reaktionszeiten beziehen sich auf die normalen Geschäftszeiten, sofern nicht anders angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**Failure to Respond** within the Customer Response Time results in a lower priority level being placed on the issue.</source>
        <extracomment>proc_support_call.json#severity</extracomment>
        <translation>**Keine Antwort** innerhalb der Customer Response Time führt dazu, dass das Problem niedriger priorisiert wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gather the incident information</source>
        <extracomment>proc_support_call.json#gather</extracomment>
        <translation>Die Angaben zum Incident sammeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When submitting an incident, please include the following information:
- **Inquirer&apos;s Name**
- **Name of the organization**
- **Bomgar product version**
- **Specific error messages received**
- **Steps for reproducing the issue**
- **Actions taken prior to the incident**
- **Changes made to the Bomgar product** (such as information about the network environment and workstation involved with the issue)
- **Length of time the issue has persisted**
- **Operating system** (if software-related)
- **Assigned server roles** (if server-related)
- **Log files**
- **Screen shots**</source>
        <extracomment>proc_support_call.json#gather</extracomment>
        <translation>Geben Sie beim Melden eines Incidents bitte folgende Informationen an:
- **Name der anfragenden Person**
- **Name der Organisation**
- **Bomgar-Produktversion**
- **Erhaltene Fehlermeldungen im Wortlaut**
- **Schritte zum Reproduzieren des Problems**
- **Vor dem Incident durchgeführte Aktionen**
- **Änderungen am Bomgar-Produkt** (etwa Angaben zur Netzwerkumgebung und zu den betroffenen Arbeitsplätzen)
- **Seit wann das Problem besteht**
- **Betriebssystem** (bei Softwareproblemen)
- **Zugewiesene Serverrollen** (bei Serverproblemen)
- **Protokolldateien**
- **Screenshots**</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As a general rule, the more specific the details provided, the better chance the Bomgar Support representative will be able to provide a resolution quickly.</source>
        <extracomment>proc_support_call.json#gather</extracomment>
        <translation>Grundsätzlich gilt: Je genauer die Angaben, desto eher kann der Mitarbeiter des Bomgar Support schnell eine Lösung liefern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report the incident</source>
        <extracomment>proc_support_call.json#report</extracomment>
        <translation>Den Incident melden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar recommends reporting all **Severity Level 1** incidents initially with a detailed email to support@bomgar.com followed by a telephone call.</source>
        <extracomment>proc_support_call.json#report</extracomment>
        <translation>Bomgar empfiehlt, alle Incidents mit **Schweregrad 1** zunächst mit einer ausführlichen E-Mail an support@bomgar.com zu melden und danach anzurufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar Support verifies that a current maintenance agreement with Bomgar is in effect and that they are speaking with a valid company representative. If either of these cannot be validated, Bomgar Support is unable to provide any further support.</source>
        <extracomment>proc_support_call.json#report</extracomment>
        <translation>Der Bomgar Support prüft, ob ein gültiger Wartungsvertrag mit Bomgar besteht und ob er mit einem berechtigten Vertreter des Unternehmens spricht. Lässt sich eines davon nicht bestätigen, kann der Bomgar Support keine weitere Unterstützung leisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At any point in the support process, a request can be made to speak to a support supervisor or support manager: support.supervisor@bomgar.com or support.manager@bomgar.com.</source>
        <extracomment>proc_support_call.json#report</extracomment>
        <translation>Sie können jederzeit im Support-Prozess verlangen, einen Support-Supervisor oder Support-Manager zu sprechen: support.supervisor@bomgar.com oder support.manager@bomgar.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident number</source>
        <extracomment>proc_support_call.json#incident_number</extracomment>
        <translation>Incident-Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When an incident or request is submitted, it is logged and is given an incident number and a severity rating. If an email correspondence is necessary, the subject of the email should begin with **Incident #**, followed by the incident number (e.g., Incident# 40100).</source>
        <extracomment>proc_support_call.json#incident_number</extracomment>
        <translation>Wird ein Incident oder eine Anfrage gemeldet, wird sie erfasst und erhält eine Incident-Nummer und einen Schweregrad. Ist E-Mail-Verkehr nötig, sollte der Betreff mit **Incident #** beginnen, gefolgt von der Incident-Nummer (z. B. Incident# 40100).</translation>
    </message>
</context>
<context>
    <name>support</name>
    <message>
        <location filename="../core/automation/IncidentFromRun.cpp" line="+128"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; failed</source>
        <translation>%1: „%2“ fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Followed the recovery runbook &quot;%1&quot; as a drill (run %2, started %3).</source>
        <translation>Dem Wiederherstellungs-Runbook „%1“ als Übung gefolgt (Durchlauf %2, begonnen %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed the recovery runbook &quot;%1&quot; (run %2, started %3).</source>
        <translation>Dem Wiederherstellungs-Runbook „%1“ gefolgt (Durchlauf %2, begonnen %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No failover role change was made.</source>
        <translation>Es wurde kein Failover-Rollenwechsel vorgenommen.</translation>
    </message>
</context>
</TS>
