<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppFeatures</name>
    <message>
        <location filename="../ui/AppFeatures.cpp" line="+61"/>
        <source>The recovery features in %1 cannot be loaded: %2.</source>
        <translation>Les fonctions de reprise de %1 ne peuvent pas être chargées : %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recovery features in %1 belong to another build of drrunbook (%2, not %3).</source>
        <translation>Les fonctions de reprise de %1 appartiennent à une autre version de drrunbook (%2, et non %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recovery features are missing (looked for %1).</source>
        <translation>Les fonctions de reprise sont absentes (cherchées : %1).</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <location filename="../core/common/VersionReport.cpp" line="+17"/>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT available (%1)</source>
        <translation>NON disponible (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2
Qt %3 (built with %4)
%5
OpenSSL legacy provider: %6
</source>
        <translation>%1 %2
Qt %3 (compilé avec %4)
%5
Fournisseur legacy d&apos;OpenSSL&#xa0;: %6
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
        <translation>Utilisation&#xa0;:
  drrunbook-cli cert inspect FILE [--fqdn HOST] [--days N] [--json]
  drrunbook-cli cert compare FILE --host HOST[:PORT] [--fqdn NAME] [--timeout SECONDS] [--json]
  drrunbook-cli cert export FILE --out NEW.p12 [--legacy-insecure] [--pem-chain CHAIN.pem]
Le mot de passe est lu dans %1 ou demandé sans écho&#xa0;; export lit la nouvelle phrase secrète dans %2 ou la demande.
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password: set %1 or run on a terminal</source>
        <translation>pas de mot de passe&#xa0;: définissez %1 ou lancez la commande dans un terminal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1 (%2): %3</source>
        <translation>Impossible de lire %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (not in the chain)</source>
        <translation> (hors de la chaîne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    Issued To:         %1
</source>
        <translation>    Délivré à&#xa0;:         %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    Issued By:         %1
</source>
        <translation>    Délivré par&#xa0;:       %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    Alternative Names: %1
</source>
        <translation>    Autres noms&#xa0;:       %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    Private Key?       %1
</source>
        <translation>    Clé privée&#xa0;?        %1
</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    Valid:             %1 to %2
</source>
        <translation>    Validité&#xa0;:          du %1 au %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    Key, signature:    %1 %2 bits, %3
</source>
        <translation>    Clé, signature&#xa0;:    %1 %2 bits, %3
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>    SHA-256:           %1
</source>
        <translation>    SHA-256&#xa0;:           %1
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate backup %1
</source>
        <translation>Sauvegarde de certificat %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection: %1; MAC %2

</source>
        <translation>Protection&#xa0;: %1&#xa0;; MAC %2

</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chain: complete
</source>
        <translation>Chaîne&#xa0;: complète
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain: incomplete, missing &quot;%1&quot;
</source>
        <translation>Chaîne&#xa0;: incomplète, il manque «&#xa0;%1&#xa0;»
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FQDN %1: %2
</source>
        <translation>FQDN %1&#xa0;: %2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches</source>
        <translation>correspond</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not match</source>
        <translation>ne correspond pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result: fit to restore onto the appliance.
</source>
        <translation>Résultat&#xa0;: peut être restauré sur l&apos;appliance.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: problems found.
</source>
        <translation>Résultat&#xa0;: problèmes détectés.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print JSON.</source>
        <translation>Sortie en JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appliance FQDN to check.</source>
        <translation>FQDN de l&apos;appliance à vérifier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn when a certificate expires within N days.</source>
        <translation>Avertir si un certificat expire dans moins de N jours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>inspect needs exactly one FILE</source>
        <translation>inspect attend exactement un FILE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--days needs a number of days</source>
        <translation>--days attend un nombre de jours</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Appliance address.</source>
        <translation>Adresse de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name sent as SNI and checked.</source>
        <translation>Nom envoyé en SNI et vérifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds to wait.</source>
        <translation>Secondes d&apos;attente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>compare needs exactly one FILE</source>
        <translation>compare attend exactement un FILE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>compare needs --host HOST[:PORT]</source>
        <translation>compare attend --host HOST[:PORT]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout attend un nombre de secondes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>served [%1] %2 (issued by %3) SHA-256 %4
</source>
        <translation>servi [%1] %2 (délivré par %3) SHA-256 %4
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New .p12 file.</source>
        <translation>Nouveau fichier .p12.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write the chain as PEM.</source>
        <translation>Écrire aussi la chaîne en PEM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>INSECURE 3DES/SHA-1 encryption, only for old targets.</source>
        <translation>Chiffrement 3DES/SHA-1 NON SÛR, seulement pour d&apos;anciennes cibles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export needs FILE and --out NEW.p12</source>
        <translation>export attend FILE et --out NEW.p12</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no certificate with its private key to export.
</source>
        <translation>%1 ne contient aucun certificat avec sa clé privée à exporter.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the passphrase: </source>
        <translation>Répétez la phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrases differ; nothing was written.
</source>
        <translation>Les phrases secrètes diffèrent&#xa0;; rien n&apos;a été écrit.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export needs a non-empty passphrase in %1 or from the terminal</source>
        <translation>export attend une phrase secrète non vide dans %1 ou depuis le terminal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: writing INSECURE legacy encryption (3DES, SHA-1) for an old target.
</source>
        <translation>Avertissement&#xa0;: écriture d&apos;un chiffrement legacy NON SÛR (3DES, SHA-1) pour une ancienne cible.
</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Wrote %1 (%n certificate(s) and the private key).
</source>
        <translation>
            <numerusform>%1 écrit (%n certificat et la clé privée).
</numerusform>
            <numerusform>%1 écrit (%n certificats et la clé privée).
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing sub-command</source>
        <translation>sous-commande manquante</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown sub-command &apos;%1&apos;</source>
        <translation>sous-commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DrillFaults</name>
    <message>
        <location filename="../ui/DrillFaults.cpp" line="+21"/>
        <source>The primary loses power</source>
        <translation>L&apos;appliance principale perd l&apos;alimentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The appliance that is primary now stops answering, as after a power cut.</source>
        <translation>L&apos;appliance actuellement principale cesse de répondre, comme après une coupure de courant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup does not take over</source>
        <translation>L&apos;appliance de secours ne prend pas le relais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic failover is on, but the backup cannot reach its Network Connectivity Test IP addresses, so it never becomes primary. The step that observes the automatic failover does not pass: the operator must make the backup primary by hand.</source>
        <translation>Le basculement automatique est activé, mais l&apos;appliance de secours ne joint pas ses adresses Network Connectivity Test IP et ne devient donc jamais principale. L&apos;étape qui observe le basculement automatique échoue&#xa0;: l&apos;opérateur doit rendre l&apos;appliance de secours principale à la main.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DNS still points to the old primary</source>
        <translation>Le DNS pointe encore vers l&apos;ancienne appliance principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site&apos;s DNS name keeps answering with the old primary&apos;s address (no shared IP; the DNS change has not taken effect). The check that the site name resolves to the backup does not pass.</source>
        <translation>Le nom DNS du site répond toujours avec l&apos;adresse de l&apos;ancienne appliance principale (pas d&apos;IP partagée&#xa0;; le changement DNS n&apos;a pas pris effet). La vérification que le nom du site pointe vers l&apos;appliance de secours échoue.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loses power</source>
        <translation>Perd l&apos;alimentation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stops answering, as after a power cut.</source>
        <translation>Cesse de répondre, comme après une coupure de courant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuses connections (service stopped)</source>
        <translation>Refuse les connexions (service arrêté)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections are refused until the fault is cleared.</source>
        <translation>Les connexions sont refusées jusqu&apos;à l&apos;effacement de la panne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freezes: accepts connections, never answers</source>
        <translation>Se fige&#xa0;: accepte les connexions, ne répond jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every request waits until the client gives up.</source>
        <translation>Chaque requête attend jusqu&apos;à ce que le client abandonne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers very slowly (8 seconds a reply)</source>
        <translation>Répond très lentement (8 secondes par réponse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every reply comes 8 seconds late.</source>
        <translation>Chaque réponse arrive avec 8 secondes de retard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows a server error page (HTTP 500)</source>
        <translation>Affiche une page d&apos;erreur serveur (HTTP 500)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API answers with an HTML error page.</source>
        <translation>L&apos;API répond par une page d&apos;erreur HTML.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers garbage instead of XML</source>
        <translation>Répond des données incohérentes au lieu de XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API answers with XML that is not well-formed.</source>
        <translation>L&apos;API répond par du XML mal formé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers cut short (half a reply)</source>
        <translation>Répond de façon tronquée (moitié de réponse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API answers with the first half of its reply.</source>
        <translation>L&apos;API ne renvoie que la première moitié de sa réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports itself unhealthy</source>
        <translation>Se déclare en mauvais état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check_health answers that something is wrong (a degraded disk array).</source>
        <translation>check_health signale un problème (une grappe de disques dégradée).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last data sync failed</source>
        <translation>La dernière synchronisation des données a échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check_health reports a data sync two days ago that failed.</source>
        <translation>check_health signale une synchronisation des données échouée il y a deux jours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup download breaks off halfway</source>
        <translation>Le téléchargement de la sauvegarde s&apos;interrompt à mi-chemin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection closes after 64 KiB of the .nsb file.</source>
        <translation>La connexion se ferme après 64 Kio du fichier .nsb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API token expires in the middle of the work</source>
        <translation>Le jeton API expire en plein travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next call with a valid token is refused as expired.</source>
        <translation>L&apos;appel suivant avec un jeton valide est refusé comme expiré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API account lacks a permission</source>
        <translation>Il manque une autorisation au compte API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands answer &quot;Document Not Found&quot;, as when a permission is not granted.</source>
        <translation>Les commandes répondent «&#xa0;Document Not Found&#xa0;», comme quand une autorisation n&apos;est pas accordée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API client secret was changed</source>
        <translation>Le secret client API a été changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token request is refused: invalid_client.</source>
        <translation>La demande de jeton est refusée&#xa0;: invalid_client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many API requests (rate-limited)</source>
        <translation>Trop de requêtes API (limite de débit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API answers HTTP 429 with Retry-After.</source>
        <translation>L&apos;API répond HTTP 429 avec Retry-After.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves a certificate the site&apos;s CA did not issue</source>
        <translation>Sert un certificat non délivré par la CA du site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS handshakes present a self-signed certificate: not the one in the certificate backup.</source>
        <translation>Les négociations TLS présentent un certificat auto-signé&#xa0;: pas celui de la sauvegarde de certificat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves its factory default certificate (not restored)</source>
        <translation>Sert son certificat d&apos;usine (non restauré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The appliance presents the &quot;Bomgar Appliance&quot; certificate, as a replaced unit does until the certificate backup is imported.</source>
        <translation>L&apos;appliance présente le certificat «&#xa0;Bomgar Appliance&#xa0;», comme une unité de remplacement tant que la sauvegarde de certificat n&apos;est pas importée.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no drill fault &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de panne d&apos;exercice «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; needs a failover pair: start a failover or Atlas drill.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite une paire de basculement&#xa0;: lancez un exercice de basculement ou Atlas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No appliance is primary at the moment.</source>
        <translation>Aucune appliance n&apos;est principale pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (the primary) lost power.</source>
        <translation>%1 (la principale) a perdu l&apos;alimentation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup (%1) does not take over: its connectivity test fails.</source>
        <translation>L&apos;appliance de secours (%1) ne prend pas le relais&#xa0;: son test de connectivité échoue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DNS still points to the old primary (%1).</source>
        <translation>Le DNS pointe encore vers l&apos;ancienne appliance principale (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no lab appliance &quot;%1&quot;. Choose one in the list.</source>
        <translation>Il n&apos;y a pas d&apos;appliance de labo «&#xa0;%1&#xa0;». Choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Simulated fault: the disk array is degraded.</source>
        <translation>Panne simulée&#xa0;: la grappe de disques est dégradée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Faults of %1 were cleared.</source>
        <translation>Les pannes de %1 ont été effacées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup&apos;s connectivity test answers again; DNS can be swung again.</source>
        <translation>Le test de connectivité de l&apos;appliance de secours répond à nouveau&#xa0;; le DNS peut de nouveau être basculé.</translation>
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
        <translation>Utilisation&#xa0;: drrunbook-cli incident --run JOURNAL [--severity 1|2|3] [--name NAME] [--organization ORG] [--incident N] [--eml FILE]
  --run JOURNAL   le fichier journal de l&apos;exécution (.jsonl)
  --severity N    le niveau de gravité selon le guide&#xa0;; 2 par défaut
  --name NAME     le demandeur&#xa0;; par défaut l&apos;opérateur de l&apos;exécution
  --incident N    le numéro d&apos;incident de l&apos;éditeur, pour un suivi
  --eml FILE      enregistrer aussi le message comme brouillon .eml
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--run JOURNAL is required</source>
        <translation>--run JOURNAL est obligatoire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--severity must be 1, 2 or 3, not &apos;%1&apos;</source>
        <translation>--severity doit valoir 1, 2 ou 3, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--incident needs the incident number, e.g. 40100</source>
        <translation>--incident attend le numéro d&apos;incident, par ex. 40100</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the run journal %1 (%2): give the .jsonl file of a run.
</source>
        <translation>Impossible de lire le journal d&apos;exécution %1 (%2)&#xa0;: indiquez le fichier .jsonl d&apos;une exécution.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no events</source>
        <translation>aucun événement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: %1 (the report may be incomplete: check it before sending)
</source>
        <translation>Avertissement&#xa0;: %1 (le rapport peut être incomplet&#xa0;: vérifiez-le avant l&apos;envoi)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run&apos;s scenario &apos;%1&apos; is not in this version of the app (%2): use the version the run was made with.
</source>
        <translation>Le scénario «&#xa0;%1&#xa0;» de l&apos;exécution n&apos;existe pas dans cette version de l&apos;application (%2)&#xa0;: utilisez la version avec laquelle l&apos;exécution a été faite.
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To: %1
</source>
        <translation>À&#xa0;: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cc: %1
</source>
        <translation>Cc&#xa0;: %1
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save %1: %2 Choose a folder you can write to.
</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2 Choisissez un dossier où vous pouvez écrire.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1 (open it in your mail client to send it).
</source>
        <translation>%1 écrit (ouvrez-le dans votre messagerie pour l&apos;envoyer).
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
        <translation>Utilisation&#xa0;: drrunbook-cli lab [--topology single|pair|atlas] [--traffic N] [--port N] [--json]
         [--ca-out FILE] [--time-scale F] [--shared-ip] [--auto-failover SECONDS]
         [--backup-size BYTES]
</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Drill lab running (%1 topology). Press Ctrl+C to stop.
</source>
        <translation>Laboratoire d&apos;exercice en marche (topologie %1). Ctrl+C pour l&apos;arrêter.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  site address: %1 (%2)
</source>
        <translation>  adresse du site&#xa0;: %1 (%2)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  lab CA file:  %1
</source>
        <translation>  fichier CA du labo&#xa0;: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  lab control:  %1/lab/state  (header X-Lab-Key: %2)
</source>
        <translation>  pilotage du labo&#xa0;: %1/lab/state  (en-tête X-Lab-Key&#xa0;: %2)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  API account (lab only): DRRUNBOOK_CLIENT_ID=%1 DRRUNBOOK_CLIENT_SECRET=%2
</source>
        <translation>  compte API (labo uniquement)&#xa0;: DRRUNBOOK_CLIENT_ID=%1 DRRUNBOOK_CLIENT_SECRET=%2
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>single, pair or atlas.</source>
        <translation>single, pair ou atlas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic nodes in an Atlas cluster.</source>
        <translation>Nœuds de trafic d&apos;un cluster Atlas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First port (appliances, then the site address); 0 = any.</source>
        <translation>Premier port (appliances, puis l&apos;adresse du site)&#xa0;; 0 = au choix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the lab description as one line of JSON.</source>
        <translation>Afficher la description du labo sur une ligne JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to write the lab CA certificate (PEM).</source>
        <translation>Où écrire le certificat de la CA du labo (PEM).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab seconds per real second.</source>
        <translation>Secondes de labo par seconde réelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site address follows the primary (pair, atlas).</source>
        <translation>L&apos;adresse du site suit l&apos;appliance principale (pair, atlas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable automatic failover with this primary timeout.</source>
        <translation>Activer le basculement automatique avec ce délai pour l&apos;appliance principale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size of generated backups in bytes.</source>
        <translation>Taille des sauvegardes générées, en octets.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown topology &apos;%1&apos;: use single, pair or atlas</source>
        <translation>topologie inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez single, pair ou atlas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--port needs a number from 0 to 65000</source>
        <translation>--port attend un nombre de 0 à 65000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--traffic needs a number from 0 to 50</source>
        <translation>--traffic attend un nombre de 0 à 50</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--time-scale needs a positive number</source>
        <translation>--time-scale attend un nombre positif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>drrunbook-cli lab: %1
</source>
        <translation>drrunbook-cli lab&#xa0;: %1
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>drrunbook-cli lab: cannot install signal handlers; stop the lab with kill -9.
</source>
        <translation>drrunbook-cli lab&#xa0;: impossible d&apos;installer les gestionnaires de signaux&#xa0;; arrêtez le labo avec kill -9.
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is now %2
</source>
        <translation>%1 est maintenant %2
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drill lab stopped.
</source>
        <translation>Laboratoire d&apos;exercice arrêté.
</translation>
    </message>
</context>
<context>
    <name>LiveCheckRunner</name>
    <message>
        <location filename="../core/automation/ApiChecks.cpp" line="+30"/>
        <source>Unknown expectation &quot;%1&quot; for an API health check (healthy, reachable or unreachable).</source>
        <translation>Attente inconnue «&#xa0;%1&#xa0;» pour une vérification d&apos;état de l&apos;API (healthy, reachable ou unreachable).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 answers but reports a problem: %2. Fix it (see /appliance &gt; Status) before going on.</source>
        <translation>%1 répond mais signale un problème&#xa0;: %2. Corrigez-le (voir /appliance &gt; Status) avant de continuer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no detail given</source>
        <translation>aucun détail fourni</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answers, but %2 could not be asked for its identity to compare: %3</source>
        <translation>%1 répond, mais impossible de demander à %2 son identité pour comparer&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answers, but the appliance behind it is %2 (GUID %3), not %4 (GUID %5). The traffic redirect (shared IP, NAT or DNS) does not lead to the expected appliance yet.</source>
        <translation>%1 répond, mais l&apos;appliance derrière est %2 (GUID %3), pas %4 (GUID %5). La redirection du trafic (IP partagée, NAT ou DNS) ne mène pas encore à l&apos;appliance attendue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answers and the appliance behind it is %2 (GUID %3).</source>
        <translation>%1 répond et l&apos;appliance derrière est %2 (GUID %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is healthy (%2, failover role %3).</source>
        <translation>%1 est en bon état (%2, rôle de basculement %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answers (%2, failover role %3).</source>
        <translation>%1 répond (%2, rôle de basculement %3).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 accepts connections but its API does not answer: it may be hung but still running. Make sure it is powered off or disconnected before promoting another appliance.</source>
        <translation>%1 accepte les connexions mais son API ne répond pas&#xa0;: elle est peut-être bloquée mais toujours en marche. Assurez-vous qu&apos;elle est éteinte ou déconnectée avant de promouvoir une autre appliance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not answer from here (no answer to a connection within %2 s).</source>
        <translation>%1 ne répond pas d&apos;ici (aucune réponse à une connexion en %2 s).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not answer from here (%2).</source>
        <translation>%1 ne répond pas d&apos;ici (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 still answers (%2, failover role %3). Power it off or disconnect it before promoting another appliance: two primaries would split the site.</source>
        <translation>%1 répond encore (%2, rôle de basculement %3). Éteignez-la ou déconnectez-la avant de promouvoir une autre appliance&#xa0;: deux appliances principales scinderaient le site.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something still accepts connections at %1 (%2). Make sure the old appliance is powered off or disconnected before promoting another one.</source>
        <translation>Quelque chose accepte encore les connexions à %1 (%2). Assurez-vous que l&apos;ancienne appliance est éteinte ou déconnectée avant d&apos;en promouvoir une autre.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 reports the %2 role.</source>
        <translation>%1 annonce le rôle %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reports the role &quot;%2&quot;, not %3 (yet).</source>
        <translation>%1 annonce le rôle «&#xa0;%2&#xa0;», pas (encore) %3.</translation>
    </message>
    <message>
        <location filename="../core/automation/ClusterChecks.cpp" line="+61"/>
        <source>Unknown expectation &quot;%1&quot; for get_appliances (no_other_primary or member_present).</source>
        <translation>Attente inconnue «&#xa0;%1&#xa0;» pour get_appliances (no_other_primary ou member_present).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No member to look for: record the appliance that should be in the cluster.</source>
        <translation>Aucun membre à rechercher&#xa0;: saisissez l&apos;appliance qui doit faire partie du cluster.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 lists %2 as a member.</source>
        <translation>%1 liste %2 comme membre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not list %2 as a member (yet).</source>
        <translation>%1 ne liste pas (encore) %2 comme membre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another appliance reports the primary role and accepts connections: %1. Promoting %2 now would make two primaries.</source>
        <translation>Une autre appliance annonce le rôle principal et accepte les connexions&#xa0;: %1. Promouvoir %2 maintenant créerait deux appliances principales.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No other appliance reports the primary role.</source>
        <translation>Aucune autre appliance n&apos;annonce le rôle principal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No other appliance reports the primary role while accepting connections (%1 is listed as primary but does not accept connections).</source>
        <translation>Aucune autre appliance n&apos;annonce le rôle principal tout en acceptant les connexions (%1 est listée comme principale mais n&apos;accepte pas de connexions).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no baseline count of &quot;%1&quot; to compare with: run the count step first.</source>
        <translation>Aucune valeur de référence de «&#xa0;%1&#xa0;» pour comparer&#xa0;: exécutez d&apos;abord l&apos;étape de comptage.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The connected-client summary of %1 does not list the appliance itself (GUID %2); it may not be part of the site yet.</source>
        <translation>Le résumé des clients connectés de %1 ne liste pas l&apos;appliance elle-même (GUID %2)&#xa0;; elle ne fait peut-être pas encore partie du site.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 has %n connected %2 client(s).</source>
        <translation>
            <numerusform>%1 a %n client %2 connecté.</numerusform>
            <numerusform>%1 a %n clients %2 connectés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 count on %2 went from %3 to %4.</source>
        <translation>Le nombre de %1 sur %2 est passé de %3 à %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 count on %2 is %3; it should be at least %4 (%5 before, plus %6). Log in with the representative console through this appliance and check again.</source>
        <translation>Le nombre de %1 sur %2 est de %3&#xa0;; il devrait être d&apos;au moins %4 (%5 avant, plus %6). Connectez-vous avec la console de technicien via cette appliance et vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/automation/FileChecks.cpp" line="+18"/>
        <source>No backup file was recorded; record the path of the .nsb file first.</source>
        <translation>Aucun fichier de sauvegarde n&apos;a été saisi&#xa0;; saisissez d&apos;abord le chemin du fichier .nsb.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup file %1 cannot be found or read. Check the path (and that the download finished).</source>
        <translation>Le fichier de sauvegarde %1 est introuvable ou illisible. Vérifiez le chemin (et que le téléchargement est terminé).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup file %1 is empty. Download the backup again.</source>
        <translation>Le fichier de sauvegarde %1 est vide. Téléchargez à nouveau la sauvegarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not named like a /login backup (&quot;Bomgar-&lt;version&gt;-&lt;site&gt;-&lt;date&gt;-&lt;id&gt;.nsb&quot;), so its version and date are unknown. Use the file as downloaded from /login &gt; Management &gt; Software Management.</source>
        <translation>%1 n&apos;est pas nommé comme une sauvegarde /login («&#xa0;Bomgar-&lt;version&gt;-&lt;site&gt;-&lt;date&gt;-&lt;id&gt;.nsb&#xa0;»), sa version et sa date sont donc inconnues. Utilisez le fichier tel que téléchargé depuis /login &gt; Management &gt; Software Management.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a product version (for example 23.2.4); record the site&apos;s version again.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une version de produit (par exemple 23.2.4)&#xa0;; saisissez à nouveau la version du site.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The backup is %n day(s) old (%1);</source>
        <translation>
            <numerusform>La sauvegarde date de %n jour (%1)&#xa0;;</numerusform>
            <numerusform>La sauvegarde date de %n jours (%1)&#xa0;;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>it should be at most %n day(s) old. Download a fresh backup from /login &gt; Management &gt; Software Management.</source>
        <translation>
            <numerusform>elle devrait dater d&apos;au plus %n jour. Téléchargez une sauvegarde récente depuis /login &gt; Management &gt; Software Management.</numerusform>
            <numerusform>elle devrait dater d&apos;au plus %n jours. Téléchargez une sauvegarde récente depuis /login &gt; Management &gt; Software Management.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: version %2, site %3, taken %4.</source>
        <translation>%1&#xa0;: version %2, site %3, créée le %4.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No certificate file was recorded; record the path of the .p12 file first.</source>
        <translation>Aucun fichier de certificat n&apos;a été saisi&#xa0;; saisissez d&apos;abord le chemin du fichier .p12.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/automation/NetChecks.cpp" line="+72"/>
        <source>%1 needs its passphrase: enter it, then run the check again.</source>
        <translation>%1 a besoin de sa phrase secrète&#xa0;: saisissez-la, puis relancez la vérification.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 holds the certificate, its private key and its chain.</source>
        <translation>%1 contient le certificat, sa clé privée et sa chaîne.</translation>
    </message>
    <message>
        <location filename="../core/automation/LiveCheckRunner.cpp" line="+27"/>
        <source>This drill step would run against real appliances. Start the drill with the lab&apos;s appliance directory.</source>
        <translation>Cette étape d&apos;exercice s&apos;exécuterait contre de vraies appliances. Lancez l&apos;exercice avec l&apos;annuaire d&apos;appliances du labo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This real run is wired to the drill lab. Start it with the site&apos;s appliance list instead.</source>
        <translation>Cette exécution réelle est reliée au laboratoire d&apos;exercice. Lancez-la plutôt avec la liste d&apos;appliances du site.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The check has no &quot;%1&quot; to ask; record the appliance first.</source>
        <translation>La vérification n&apos;a aucun «&#xa0;%1&#xa0;» à interroger&#xa0;; saisissez d&apos;abord l&apos;appliance.</translation>
    </message>
    <message>
        <location filename="../core/automation/NetChecks.cpp" line="-24"/>
        <source>No host to connect to: record the appliance&apos;s host name first.</source>
        <translation>Aucun hôte auquel se connecter&#xa0;: saisissez d&apos;abord le nom d&apos;hôte de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 holds no appliance certificate (only CA certificates) to compare with.</source>
        <translation>%1 ne contient aucun certificat d&apos;appliance (seulement des certificats de CA) à comparer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 serves a certificate for its name (SHA-256 %2).</source>
        <translation>%1 sert un certificat pour son nom (SHA-256 %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 serves a certificate that is not issued for that name (%2). Restore the site&apos;s certificate.</source>
        <translation>%1 sert un certificat qui n&apos;est pas délivré pour ce nom (%2). Restaurez le certificat du site.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The DNS check needs a host name and the IPv4 address it should resolve to; record them first.</source>
        <translation>La vérification DNS a besoin d&apos;un nom d&apos;hôte et de l&apos;adresse IPv4 vers laquelle il doit pointer&#xa0;; saisissez-les d&apos;abord.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 resolves to %2.</source>
        <translation>%1 pointe vers %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 resolves to %2, not %3 (yet). Update the DNS A record, then wait for its TTL.</source>
        <translation>%1 pointe vers %2, pas (encore) vers %3. Mettez à jour l&apos;enregistrement DNS A, puis attendez la fin de son TTL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no IPv4 address</source>
        <translation>aucune adresse IPv4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The connection check needs a host and a port; record them first.</source>
        <translation>La vérification de connexion a besoin d&apos;un hôte et d&apos;un port&#xa0;; saisissez-les d&apos;abord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown expectation &quot;%1&quot; for a connection check (reachable or unreachable).</source>
        <translation>Attente inconnue «&#xa0;%1&#xa0;» pour une vérification de connexion (reachable ou unreachable).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing answers at %1:%2 (no answer within %3 s).</source>
        <translation>Rien ne répond à %1:%2 (aucune réponse en %3 s).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1:%2 accepts connections.</source>
        <translation>%1:%2 accepte les connexions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:%2 still accepts connections.</source>
        <translation>%1:%2 accepte encore les connexions.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1:%2 does not accept connections (%3). Check that the appliance is on and cabled, and the firewall between.</source>
        <translation>%1:%2 n&apos;accepte pas les connexions (%3). Vérifiez que l&apos;appliance est allumée et câblée, et le pare-feu entre les deux.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2 does not accept connections (%3).</source>
        <translation>%1:%2 n&apos;accepte pas les connexions (%3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The probe has no address to try.</source>
        <translation>La sonde n&apos;a aucune adresse à essayer.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 answers (HTTP %2).</source>
        <translation>%1 répond (HTTP %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of the addresses answers. Check the cable, this computer&apos;s address (169.254.1.5, mask 255.255.0.0) and that the appliance has finished starting, then try the other network port.</source>
        <translation>Aucune des adresses ne répond. Vérifiez le câble, l&apos;adresse de cet ordinateur (169.254.1.5, masque 255.255.0.0) et que l&apos;appliance a fini de démarrer, puis essayez l&apos;autre port réseau.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not a valid URL</source>
        <translation>URL non valide</translation>
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
        <translation>Utilisation&#xa0;: drrunbook-cli nsb check FILE --target-version X.Y.Z [--upgrades FILE] [--releases FILE] [--json]
  --target-version  la Product Version affichée dans /login &gt; Status &gt; Information du site
  --upgrades        votre liste de mises à niveau prises en charge (JSON), tirée des notes de version
  --releases        votre table des versions (JSON)&#xa0;; par défaut la table d&apos;exemple intégrée
Code de sortie&#xa0;: 0 compatible, 1 refus ou avertissement, 2 nom ou fichier illisible, 64 erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: not in the release table</source>
        <translation>%1&#xa0;: absent de la table des versions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: RETIRED since %2</source>
        <translation>%1&#xa0;: RETIRÉE depuis le %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: supported until %2</source>
        <translation>%1&#xa0;: prise en charge jusqu&apos;au %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (example date: update the release table from the vendor&apos;s release notes)</source>
        <translation> (date d&apos;exemple&#xa0;: mettez la table des versions à jour d&apos;après les notes de version de l&apos;éditeur)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give exactly one backup FILE</source>
        <translation>indiquez exactement un fichier de sauvegarde (FILE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--target-version is required</source>
        <translation>--target-version est obligatoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--target-version &apos;%1&apos; is not a version like 23.2.4</source>
        <translation>--target-version «&#xa0;%1&#xa0;» n&apos;est pas une version comme 23.2.4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the backup version from the file name &apos;%1&apos;: expected Bomgar-&lt;version&gt;-&lt;site&gt;-&lt;yyyy-MM-dd&gt;-&lt;id&gt;.nsb. Use the name the backup was downloaded with, or check the version on /login &gt; Status &gt; Information of the site it came from.</source>
        <translation>Impossible de lire la version de la sauvegarde dans le nom de fichier «&#xa0;%1&#xa0;»&#xa0;: attendu Bomgar-&lt;version&gt;-&lt;site&gt;-&lt;yyyy-MM-dd&gt;-&lt;id&gt;.nsb. Utilisez le nom sous lequel la sauvegarde a été téléchargée, ou vérifiez la version dans /login &gt; Status &gt; Information du site d&apos;origine.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Backup:       %1
</source>
        <translation>Sauvegarde&#xa0;:    %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  version %1, site %2, downloaded %3, id %4
</source>
        <translation>  version %1, site %2, téléchargée le %3, id %4
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site version: %1
</source>
        <translation>Version du site&#xa0;: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support: %1; %2
</source>
        <translation>Support&#xa0;: %1&#xa0;; %2
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing sub-command</source>
        <translation>sous-commande manquante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown sub-command &apos;%1&apos;</source>
        <translation>sous-commande inconnue «&#xa0;%1&#xa0;»</translation>
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
        <translation>Utilisation&#xa0;: drrunbook-cli print SCENARIO|--all [--site FILE] [--page-size A4|Letter] [--tz ZONE]
       [--support-addresses FILE] --out FILE.pdf
  SCENARIO     un identifiant de scénario (drrunbook-cli print --list les affiche)
  --all        le classeur PRA&#xa0;: sommaire, page du support de l&apos;éditeur, tous les scénarios
  --site FILE  le profil du site (docs/site-profile.md&#xa0;; version 1 ou 2)&#xa0;; --list-site-keys affiche les
               clés de liste de contrôle que ses valeurs remplissent
  --tz ZONE    le fuseau horaire IANA du lecteur pour les heures de support&#xa0;; par défaut celui du système
  --support-addresses FILE
               JSON des adresses de la page du support à utiliser au lieu des adresses enregistrées (clés
               general, emea, apac, supervisor, manager&#xa0;; une clé absente garde l&apos;adresse enregistrée).
               Sans cette option&#xa0;: les adresses enregistrées dans l&apos;interface graphique, sinon celles du guide
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 ne peut pas être lu (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a JSON object of support addresses (%2)</source>
        <translation>%1 n&apos;est pas un objet JSON d&apos;adresses du support (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unknown key &quot;%2&quot; (use general, emea, apac, supervisor, manager)</source>
        <translation>%1&#xa0;: clé «&#xa0;%2&#xa0;» inconnue (utilisez general, emea, apac, supervisor, manager)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The built-in scenarios do not load (%1): reinstall the application.
</source>
        <translation>Les scénarios intégrés ne se chargent pas (%1)&#xa0;: réinstallez l&apos;application.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give exactly one scenario id, or --all</source>
        <translation>indiquez exactement un identifiant de scénario, ou --all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out FILE.pdf is required</source>
        <translation>--out FILE.pdf est obligatoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--page-size must be A4 or Letter, not &apos;%1&apos;</source>
        <translation>--page-size doit valoir A4 ou Letter, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin</source>
        <translation>fuseau horaire inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez un nom IANA comme Europe/Paris</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Warning: the site file has keys no scenario uses (typo?): %1. drrunbook-cli print --list-site-keys shows the keys.
</source>
        <translation>Avertissement&#xa0;: le fichier du site contient des clés qu&apos;aucun scénario n&apos;utilise (faute de frappe&#xa0;?)&#xa0;: %1. drrunbook-cli print --list-site-keys affiche les clés.
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown scenario &apos;%1&apos; (drrunbook-cli print --list shows the ids)</source>
        <translation>scénario inconnu «&#xa0;%1&#xa0;» (drrunbook-cli print --list affiche les identifiants)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1
</source>
        <translation>%1 écrit
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
        <translation>Utilisation&#xa0;: drrunbook-cli report RUN --out FILE.pdf|FILE.html [--page-size A4|Letter] [--tz ZONE]
  RUN        le fichier journal de l&apos;exécution (.jsonl)
  --tz ZONE  fuseau horaire IANA de la chronologie&#xa0;; par défaut celui du système
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give exactly one run journal file</source>
        <translation>indiquez exactement un fichier journal d&apos;exécution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out FILE.pdf or FILE.html is required</source>
        <translation>--out FILE.pdf ou FILE.html est obligatoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out must end in .pdf or .html, not &apos;%1&apos;</source>
        <translation>--out doit se terminer par .pdf ou .html, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--page-size must be A4 or Letter, not &apos;%1&apos;</source>
        <translation>--page-size doit valoir A4 ou Letter, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin</source>
        <translation>fuseau horaire inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez un nom IANA comme Europe/Paris</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the run journal %1 (%2): give the .jsonl file of a run.
</source>
        <translation>Impossible de lire le journal d&apos;exécution %1 (%2)&#xa0;: indiquez le fichier .jsonl d&apos;une exécution.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no events</source>
        <translation>aucun événement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1
</source>
        <translation>Remarque&#xa0;: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: %1 (the report may be incomplete)
</source>
        <translation>Avertissement&#xa0;: %1 (le rapport peut être incomplet)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run&apos;s scenario &apos;%1&apos; is not in this version of the app (%2): use the version the run was made with.
</source>
        <translation>Le scénario «&#xa0;%1&#xa0;» de l&apos;exécution n&apos;existe pas dans cette version de l&apos;application (%2)&#xa0;: utilisez la version avec laquelle l&apos;exécution a été faite.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrote %1
</source>
        <translation>%1 écrit
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
        <translation>Utilisation&#xa0;: drrunbook-cli rma-reminders [--folder DIR] [--all]
  --folder DIR   où les rappels sont conservés&#xa0;; par défaut %1
  --all          lister aussi les appliances déjà renvoyées
Code de sortie&#xa0;: 0 rien en retard, 1 un retour est en retard, 2 la liste est illisible.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>returned %1</source>
        <translation>renvoyée le %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>EN RETARD de %n jour</numerusform>
            <numerusform>EN RETARD de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>due in %n day(s), send it now</source>
        <translation>
            <numerusform>à rendre dans %n jour, envoyez-la maintenant</numerusform>
            <numerusform>à rendre dans %n jours, envoyez-la maintenant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>à rendre dans %n jour</numerusform>
            <numerusform>à rendre dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>due TODAY</source>
        <translation>à rendre AUJOURD&apos;HUI</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No RMA return to make.
</source>
        <translation>Aucun retour RMA à faire.
</translation>
    </message>
</context>
<context>
    <name>SecretCli</name>
    <message>
        <location filename="../app/cli/cmd_secret.cpp" line="+27"/>
        <source>usage: drrunbook-cli secret store|forget --url https://HOST[:PORT] --client-id ID
</source>
        <translation>utilisation&#xa0;: drrunbook-cli secret store|forget --url https://HOST[:PORT] --client-id ID
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The appliance&apos;s address.</source>
        <translation>Adresse de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API account&apos;s client id.</source>
        <translation>ID client du compte API.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>say store or forget</source>
        <translation>indiquez store ou forget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--url needs an https:// address</source>
        <translation>--url attend une adresse https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--client-id is required</source>
        <translation>--client-id est obligatoire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API client secret for %1: </source>
        <translation>Secret client API pour %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drrunbook-cli secret: no secret given: set DRRUNBOOK_CLIENT_SECRET or run it in a terminal to be asked
</source>
        <translation>drrunbook-cli secret&#xa0;: aucun secret fourni&#xa0;: définissez DRRUNBOOK_CLIENT_SECRET ou lancez la commande dans un terminal pour qu&apos;il soit demandé
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stored in the keychain as %1
</source>
        <translation>Enregistré dans le trousseau sous %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed %1 from the keychain
</source>
        <translation>%1 retiré du trousseau
</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../core/keychain/SecretStore.cpp" line="+33"/>
        <source>There is no such entry in the keychain.</source>
        <translation>Cette entrée n&apos;existe pas dans le trousseau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain cannot be used (%1). The secret is not stored: it will be asked for each time. On Linux, start a Secret Service (e.g. GNOME Keyring or KeePassXC) in your desktop session.</source>
        <translation>Le trousseau est inutilisable (%1). Le secret n&apos;est pas enregistré&#xa0;: il sera demandé à chaque fois. Sous Linux, démarrez un Secret Service (par ex. GNOME Keyring ou KeePassXC) dans votre session de bureau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain failed: %1</source>
        <translation>Échec du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The keychain did not answer in time; the secret will be asked for instead.</source>
        <translation>Le trousseau n&apos;a pas répondu à temps&#xa0;; le secret sera demandé à la place.</translation>
    </message>
</context>
<context>
    <name>SiteBackupScan</name>
    <message>
        <location filename="../ui/SiteBackupScan.cpp" line="+20"/>
        <source>The backup folder %1 does not exist. Create it, or correct the folder in the site profile.</source>
        <translation>Le dossier de sauvegarde %1 n&apos;existe pas. Créez-le, ou corrigez le dossier dans le profil du site.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup folder %1 cannot be read. Check its permissions, or that the share is mounted.</source>
        <translation>Le dossier de sauvegarde %1 est illisible. Vérifiez ses droits, ou que le partage est monté.</translation>
    </message>
</context>
<context>
    <name>SiteSummaries</name>
    <message>
        <location filename="../ui/SiteSummary.cpp" line="+92"/>
        <source>not finished</source>
        <translation>inachevée</translation>
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
        <translation>Utilisation&#xa0;: drrunbook-cli support-clock --severity 1|2|3 [--at TIME] [--tz ZONE] [--json]
  --at    moment du signalement, ISO 8601 (par ex. 2026-11-25T08:30 ou 2026-11-25T08:30:00+01:00)&#xa0;; par défaut maintenant
  --tz    votre fuseau horaire IANA (par ex. Europe/Paris)&#xa0;; par défaut celui du système
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1  |  US Central: %2</source>
        <translation>%1  |  US Central&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--severity is required</source>
        <translation>--severity est obligatoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--severity must be 1, 2 or 3, not &apos;%1&apos;</source>
        <translation>--severity doit valoir 1, 2 ou 3, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin</source>
        <translation>fuseau horaire inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez un nom IANA comme Europe/Paris</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time zone America/Chicago is missing from this system&apos;s time zone database: install the tzdata package.
</source>
        <translation>Le fuseau horaire America/Chicago manque dans la base de fuseaux horaires de ce système&#xa0;: installez le paquet tzdata.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--at &apos;%1&apos; is not an ISO 8601 time such as 2026-11-25T08:30</source>
        <translation>--at «&#xa0;%1&#xa0;» n&apos;est pas une heure ISO 8601 comme 2026-11-25T08:30</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: first response within %2 business minutes.
</source>
        <translation>%1&#xa0;: première réponse sous %2 minutes ouvrées.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported:            %1
</source>
        <translation>Signalé&#xa0;:                  %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received:            %1
</source>
        <translation>Reçu&#xa0;:                     %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>                     (outside support hours: received at the start of the next business day)
</source>
        <translation>                     (hors des heures de support&#xa0;: réputé reçu au début du jour ouvré suivant)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response due:  %1
</source>
        <translation>Première réponse due&#xa0;:     %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support is open now, until %1.
</source>
        <translation>Le support est ouvert maintenant, jusqu&apos;à %1.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support is closed now (hours: 2:00 AM to 7:00 PM US Central, Monday to Friday, except holidays).
</source>
        <translation>Le support est fermé maintenant (horaires&#xa0;: 2 h à 19 h, heure US Central, du lundi au vendredi, sauf jours fériés).
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next opening:        %1
</source>
        <translation>Prochaine ouverture&#xa0;:      %1
</translation>
    </message>
</context>
<context>
    <name>WizardServices</name>
    <message>
        <location filename="../ui/WizardServices.cpp" line="+27"/>
        <source>The role of %1 was NOT changed: this program cannot reach the appliance API here. Use Become Primary in its /appliance interface, then skip this step and say so.</source>
        <translation>Le rôle de %1 n&apos;a PAS été changé&#xa0;: ce programme ne peut pas joindre l&apos;API de l&apos;appliance ici. Utilisez Become Primary dans son interface /appliance, puis passez cette étape en l&apos;indiquant comme raison.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Rehearsal: simulated as passed; no appliance was contacted.</source>
        <translation>Répétition&#xa0;: simulée comme réussie&#xa0;; aucune appliance n&apos;a été contactée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automated checks are not available here. Verify this by hand, then skip the step and write what you saw as the reason.</source>
        <translation>Les vérifications automatiques ne sont pas disponibles ici. Vérifiez à la main, puis passez l&apos;étape en écrivant ce que vous avez constaté comme raison.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+47"/>
        <source>Usage: drrunbook-cli COMMAND [OPTIONS]

Commands:
</source>
        <translation>Utilisation&#xa0;: drrunbook-cli COMMANDE [OPTIONS]

Commandes&#xa0;:
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
Les secrets sont lus dans l&apos;environnement ou le trousseau, jamais sur la ligne de commande.
  --version   afficher les versions de l&apos;application, de Qt et d&apos;OpenSSL
  --lang CODE afficher les messages dans cette langue (%1&#xa0;; par défaut&#xa0;: DR_LANG, le réglage, sinon celle du système)
</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>drrunbook-cli: there is no language &apos;%1&apos;. Use one of: %2
</source>
        <translation>drrunbook-cli&#xa0;: la langue «&#xa0;%1&#xa0;» n&apos;existe pas. Utilisez l&apos;une de&#xa0;: %2
</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>drrunbook-cli: unknown command &apos;%1&apos;
</source>
        <translation>drrunbook-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;»
</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_appliances.cpp" line="+75"/>
        <source>List the site&apos;s appliances: name, role and state of each.</source>
        <translation>Lister les appliances du site&#xa0;: nom, rôle et état de chacune.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_backup.cpp" line="+213"/>
        <source>Download the site backup (.nsb) with its SHA-256 beside it; with --site, the scheduled backup of a site profile.</source>
        <translation>Télécharger la sauvegarde du site (.nsb) avec son SHA-256 à côté&#xa0;; avec --site, la sauvegarde planifiée d&apos;un profil de site.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_cert.cpp" line="+6"/>
        <source>Check a certificate backup (.p12), compare it with what the appliance serves, or write it again.</source>
        <translation>Vérifier une sauvegarde de certificat (.p12), la comparer à ce que sert l&apos;appliance, ou la réécrire.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_health.cpp" line="+100"/>
        <source>Show an appliance&apos;s health; with --probe only the unauthenticated probe, without credentials.</source>
        <translation>Afficher l&apos;état d&apos;une appliance&#xa0;; avec --probe, seulement la sonde sans authentification, sans identifiants.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_incident.cpp" line="+8"/>
        <source>Print the vendor&apos;s incident report, pre-filled from a run&apos;s journal.</source>
        <translation>Imprimer le rapport d&apos;incident de l&apos;éditeur, prérempli à partir du journal d&apos;une exécution.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_lab.cpp" line="+7"/>
        <source>Run the drill lab (simulated appliances) until stopped.</source>
        <translation>Faire tourner le laboratoire d&apos;exercice (appliances simulées) jusqu&apos;à son arrêt.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_nsb.cpp" line="+6"/>
        <source>Check a backup against the vendor&apos;s restore rules for a target version.</source>
        <translation>Vérifier une sauvegarde selon les règles de restauration de l&apos;éditeur pour une version cible.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_print.cpp" line="+8"/>
        <source>Print a scenario, or the whole binder, as an offline checklist (PDF).</source>
        <translation>Imprimer un scénario, ou tout le classeur, comme liste de contrôle hors ligne (PDF).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="+7"/>
        <source>Write the report of a run (PDF or HTML) from its journal.</source>
        <translation>Écrire le rapport d&apos;une exécution (PDF ou HTML) à partir de son journal.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_rma.cpp" line="+18"/>
        <source>List the RMA returns still to send back (exit status 1 when one is overdue).</source>
        <translation>Lister les retours RMA encore à envoyer (code de sortie 1 quand l&apos;un est en retard).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_secret.cpp" line="+9"/>
        <source>Store an API client secret in the keychain, or forget it.</source>
        <translation>Enregistrer un secret de client API dans le trousseau, ou l&apos;oublier.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_site.cpp" line="+345"/>
        <source>Validate a site profile and check its appliances; keep its secrets in the keychain.</source>
        <translation>Valider un profil de site et vérifier ses appliances&#xa0;; garder ses secrets dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_support_clock.cpp" line="+8"/>
        <source>The vendor&apos;s first-response deadline for a severity, in business hours.</source>
        <translation>Le délai de première réponse de l&apos;éditeur pour un niveau de gravité, en heures ouvrées.</translation>
    </message>
</context>
<context>
    <name>dr</name>
    <message>
        <location filename="../core/common/AtomicWrite.cpp" line="+22"/>
        <source>Cannot write %1: the folder does not exist. Create it or choose another output file.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le dossier n&apos;existe pas. Créez-le ou choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: %2. Check the free space and permissions; the previous file, if any, is unchanged.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Vérifiez l&apos;espace libre et les droits&#xa0;; le fichier précédent, s&apos;il existe, est inchangé.</translation>
    </message>
</context>
<context>
    <name>dr::api</name>
    <message>
        <location filename="../core/api/ApiInfo.cpp" line="+92"/>
        <source>The appliance&apos;s API information has no &lt;api_version&gt;. Check the URL, then try again.</source>
        <translation>Les informations API de l&apos;appliance n&apos;ont pas de &lt;api_version&gt;. Vérifiez l&apos;URL, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/api/ReplyClassifier.cpp" line="+27"/>
        <source>The appliance refused the request because of its rate limit (20 per second, 15,000 per hour per API account). Wait a minute and try again; make sure no other tool polls with the same API account.</source>
        <translation>L&apos;appliance a refusé la requête à cause de sa limite de débit (20 par seconde, 15 000 par heure et par compte API). Attendez une minute et réessayez&#xa0;; assurez-vous qu&apos;aucun autre outil n&apos;interroge avec le même compte API.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The appliance rejected the API token. Check the API account in /login &gt; Management &gt; API Configuration (enabled, secret current), then try again.</source>
        <translation>L&apos;appliance a refusé le jeton API. Vérifiez le compte API dans /login &gt; Management &gt; API Configuration (activé, secret à jour), puis réessayez.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../core/api/XmlTree.cpp" line="+146"/>
        <source>The appliance refused the request: %1</source>
        <translation>L&apos;appliance a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The appliance refused the legacy username and password. Check them, or switch to an OAuth API account (legacy login is deprecated).</source>
        <translation>L&apos;appliance a refusé le nom d&apos;utilisateur et le mot de passe legacy. Vérifiez-les, ou passez à un compte API OAuth (la connexion legacy est obsolète).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The appliance refused access (HTTP 403): the API account lacks %1. In /login &gt; Management &gt; API Configuration, grant it, then try again.</source>
        <translation>L&apos;appliance a refusé l&apos;accès (HTTP 403)&#xa0;: il manque %1 au compte API. Accordez-la dans /login &gt; Management &gt; API Configuration, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a permission</source>
        <translation>une autorisation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The appliance reported an internal error (HTTP %1). Check its health in /appliance, then try again.</source>
        <translation>L&apos;appliance a signalé une erreur interne (HTTP %1). Vérifiez son état dans /appliance, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The appliance answered with HTTP %1, which this tool does not expect. Check the URL points at the appliance&apos;s public site.</source>
        <translation>L&apos;appliance a répondu HTTP %1, ce que cet outil n&apos;attend pas. Vérifiez que l&apos;URL pointe vers le site public de l&apos;appliance.</translation>
    </message>
    <message>
        <location filename="../core/api/XmlTree.cpp" line="-129"/>
        <source>The appliance sent a reply that could not be read as API XML. Check that the URL points at the appliance&apos;s public site, then try again.</source>
        <translation>L&apos;appliance a envoyé une réponse illisible en tant que XML d&apos;API. Vérifiez que l&apos;URL pointe vers le site public de l&apos;appliance, puis réessayez.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>reply larger than %1 bytes</source>
        <translation>réponse de plus de %1 octets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty reply</source>
        <translation>réponse vide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the reply declares a DOCTYPE, which is refused</source>
        <translation>la réponse déclare un DOCTYPE, ce qui est refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reply uses an entity reference, which is refused</source>
        <translation>la réponse utilise une référence d&apos;entité, ce qui est refusé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than one root element</source>
        <translation>plus d&apos;un élément racine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reply is nested too deeply or too large</source>
        <translation>la réponse est trop imbriquée ou trop volumineuse</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no root element (truncated reply?)</source>
        <translation>pas d&apos;élément racine (réponse tronquée&#xa0;?)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The API account lacks the permission for this call (the appliance answered &quot;%1&quot;). In /login &gt; Management &gt; API Configuration, give the account the Command API and Backup API permissions this step needs.</source>
        <translation>Le compte API n&apos;a pas l&apos;autorisation pour cet appel (l&apos;appliance a répondu «&#xa0;%1&#xa0;»). Dans /login &gt; Management &gt; API Configuration, donnez au compte les autorisations Command API et Backup API dont cette étape a besoin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The appliance rejected the API credentials or token. Check the API account&apos;s client ID and secret in /login &gt; Management &gt; API Configuration.</source>
        <translation>L&apos;appliance a refusé les identifiants ou le jeton API. Vérifiez l&apos;ID client et le secret du compte API dans /login &gt; Management &gt; API Configuration.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no reason given)</source>
        <translation>(aucune raison donnée)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected &lt;%1&gt;, got &lt;%2&gt;</source>
        <translation>&lt;%1&gt; attendu, &lt;%2&gt; reçu</translation>
    </message>
</context>
<context>
    <name>dr::api::ApiCall</name>
    <message>
        <location filename="../core/api/ApiCall.cpp" line="+48"/>
        <source>No API client ID or secret was given. Create an API account in /login &gt; Management &gt; API Configuration and give its client ID and secret.</source>
        <translation>Aucun ID client ni secret API n&apos;a été fourni. Créez un compte API dans /login &gt; Management &gt; API Configuration et indiquez son ID client et son secret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API client has no token manager.</source>
        <translation>Le client API n&apos;a pas de gestionnaire de jetons.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The appliance rejected a freshly issued API token too. Check that the API account is enabled and has the permissions this step needs (/login &gt; Management &gt; API Configuration), then try again.</source>
        <translation>L&apos;appliance a aussi refusé un jeton API tout juste émis. Vérifiez que le compte API est activé et dispose des autorisations nécessaires à cette étape (/login &gt; Management &gt; API Configuration), puis réessayez.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
</context>
<context>
    <name>dr::api::ApiClient</name>
    <message>
        <location filename="../core/api/ApiClient.cpp" line="+95"/>
        <source>The health probe (/check_health) answered HTTP %1 instead of 200 or 500. Check that the URL points at the appliance itself, not a proxy.</source>
        <translation>La sonde d&apos;état (/check_health) a répondu HTTP %1 au lieu de 200 ou 500. Vérifiez que l&apos;URL pointe vers l&apos;appliance elle-même, pas vers un proxy.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This role-change confirmation was already used. Run the pre-check again and confirm the next change separately.</source>
        <translation>Cette confirmation de changement de rôle a déjà été utilisée. Refaites la vérification préalable et confirmez le changement suivant séparément.</translation>
    </message>
</context>
<context>
    <name>dr::api::ApiInfo</name>
    <message>
        <location filename="../core/api/ApiInfo.cpp" line="-51"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This API account cannot read the appliance&apos;s status: its Command API permission is &quot;%1&quot;. In /login &gt; Management &gt; API Configuration, set Command API to &quot;Read Only&quot; or &quot;Full Access&quot;.</source>
        <translation>Ce compte API ne peut pas lire l&apos;état de l&apos;appliance&#xa0;: son autorisation Command API est «&#xa0;%1&#xa0;». Dans /login &gt; Management &gt; API Configuration, réglez Command API sur «&#xa0;Read Only&#xa0;» ou «&#xa0;Full Access&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This API account cannot change failover roles: its Command API permission is &quot;%1&quot;, and set_failover_role needs &quot;Full Access&quot;. In /login &gt; Management &gt; API Configuration, set Command API to &quot;Full Access&quot;.</source>
        <translation>Ce compte API ne peut pas changer les rôles de basculement&#xa0;: son autorisation Command API est «&#xa0;%1&#xa0;», et set_failover_role exige «&#xa0;Full Access&#xa0;». Dans /login &gt; Management &gt; API Configuration, réglez Command API sur «&#xa0;Full Access&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This API account cannot download backups. In /login &gt; Management &gt; API Configuration, tick &quot;Allow Access to the Backup API&quot; for this account.</source>
        <translation>Ce compte API ne peut pas télécharger de sauvegardes. Dans /login &gt; Management &gt; API Configuration, cochez «&#xa0;Allow Access to the Backup API&#xa0;» pour ce compte.</translation>
    </message>
</context>
<context>
    <name>dr::api::BackupDownloader</name>
    <message>
        <location filename="../core/api/BackupDownloader.cpp" line="+65"/>
        <source>The folder %1 does not exist or cannot be written.</source>
        <translation>Le dossier %1 n&apos;existe pas ou n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No API client ID or secret was given. Create an API account with &quot;Allow Access to the Backup API&quot; in /login &gt; Management &gt; API Configuration and give its client ID and secret.</source>
        <translation>Aucun ID client ni secret API n&apos;a été fourni. Créez un compte API avec «&#xa0;Allow Access to the Backup API&#xa0;» dans /login &gt; Management &gt; API Configuration et indiquez son ID client et son secret.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The backup&apos;s SHA-256 cannot be computed: OpenSSL offers no SHA-256. Nothing was saved; repair the OpenSSL installation.</source>
        <translation>Le SHA-256 de la sauvegarde ne peut pas être calculé&#xa0;: OpenSSL ne propose pas SHA-256. Rien n&apos;a été enregistré&#xa0;; réparez l&apos;installation d&apos;OpenSSL.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not enough free space for the %1-byte backup in %2.</source>
        <translation>Pas assez d&apos;espace libre pour la sauvegarde de %1 octets dans %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 bytes available</source>
        <translation>%1 octets disponibles</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The appliance sent a large non-backup reply to the backup request. Check that the URL points at the appliance&apos;s public site.</source>
        <translation>L&apos;appliance a répondu à la demande de sauvegarde par un volumineux contenu qui n&apos;est pas une sauvegarde. Vérifiez que l&apos;URL pointe vers le site public de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing the backup to %1 failed.</source>
        <translation>L&apos;écriture de la sauvegarde dans %1 a échoué.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The appliance answered the backup request with text instead of a backup file. Check that the URL points at the appliance&apos;s public site.</source>
        <translation>L&apos;appliance a répondu à la demande de sauvegarde par du texte au lieu d&apos;un fichier de sauvegarde. Vérifiez que l&apos;URL pointe vers le site public de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This API account may not download backups. In /login &gt; Management &gt; API Configuration, tick &quot;Allow Access to the Backup API&quot; for it.</source>
        <translation>Ce compte API n&apos;a pas le droit de télécharger des sauvegardes. Dans /login &gt; Management &gt; API Configuration, cochez «&#xa0;Allow Access to the Backup API&#xa0;» pour lui.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup download was cut short (%1 of %2 bytes). Nothing was saved; try again.</source>
        <translation>Le téléchargement de la sauvegarde a été interrompu (%1 sur %2 octets). Rien n&apos;a été enregistré&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The appliance sent an empty backup. Nothing was saved; check the appliance, then try again.</source>
        <translation>L&apos;appliance a envoyé une sauvegarde vide. Rien n&apos;a été enregistré&#xa0;; vérifiez l&apos;appliance, puis réessayez.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the backup as %1 failed.</source>
        <translation>L&apos;enregistrement de la sauvegarde sous %1 a échoué.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving the checksum file %1 failed; the backup was removed.</source>
        <translation>L&apos;enregistrement du fichier de somme de contrôle %1 a échoué&#xa0;; la sauvegarde a été supprimée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backup download was cancelled. Nothing was saved.</source>
        <translation>Le téléchargement de la sauvegarde a été annulé. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing was saved. Free some disk space or choose another folder, then try again.</source>
        <translation>Rien n&apos;a été enregistré. Libérez de l&apos;espace disque ou choisissez un autre dossier, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>dr::api::ConnectedClientSummary</name>
    <message>
        <location filename="../core/api/ConnectedClientSummary.cpp" line="+34"/>
        <source>The appliance sent a connected-client count that is not a number. Try again; if it persists, check the appliance&apos;s software version.</source>
        <translation>L&apos;appliance a envoyé un nombre de clients connectés qui n&apos;est pas un nombre. Réessayez&#xa0;; si cela persiste, vérifiez la version logicielle de l&apos;appliance.</translation>
    </message>
</context>
<context>
    <name>dr::api::ConnectionSettings</name>
    <message>
        <location filename="../core/api/ConnectionSettings.cpp" line="+82"/>
        <source>The appliance URL &quot;%1&quot; is not valid. Give it as https://HOST or https://HOST:PORT.</source>
        <translation>L&apos;URL d&apos;appliance «&#xa0;%1&#xa0;» n&apos;est pas valide. Indiquez-la sous la forme https://HOST ou https://HOST:PORT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The appliance URL must start with https:// (the API is only spoken over TLS).</source>
        <translation>L&apos;URL de l&apos;appliance doit commencer par https:// (l&apos;API ne parle que TLS).</translation>
    </message>
</context>
<context>
    <name>dr::api::HealthCheck</name>
    <message>
        <location filename="../core/api/HealthCheck.cpp" line="+51"/>
        <source>The appliance&apos;s health reply has no &lt;success&gt; element. Check the URL and the appliance&apos;s software version, then try again.</source>
        <translation>La réponse d&apos;état de l&apos;appliance n&apos;a pas d&apos;élément &lt;success&gt;. Vérifiez l&apos;URL et la version logicielle de l&apos;appliance, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>dr::api::HttpExchange</name>
    <message>
        <location filename="../core/api/HttpExchange.cpp" line="+26"/>
        <source>%1 stopped answering (nothing received for %2 s). Check that the appliance is up and reachable, then try again.</source>
        <translation>%1 ne répond plus (rien reçu depuis %2 s). Vérifiez que l&apos;appliance est en marche et joignable, puis réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not complete the request within %2 s. Check the appliance&apos;s load and the network, then try again.</source>
        <translation>%1 n&apos;a pas terminé la requête en %2 s. Vérifiez la charge de l&apos;appliance et le réseau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 is not an https:// address. The appliance API is only reached over HTTPS: correct the URL.</source>
        <translation>%1 n&apos;est pas une adresse https://. L&apos;API de l&apos;appliance n&apos;est joignable qu&apos;en HTTPS : corrigez l&apos;URL.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 did not answer in HTTP. Check that the URL and port point at the appliance&apos;s HTTPS site.</source>
        <translation>%1 n&apos;a pas répondu en HTTP. Vérifiez que l&apos;URL et le port désignent le site HTTPS de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 sent a reply larger than %2 bytes, which is not an API reply. Check the URL.</source>
        <translation>%1 a envoyé une réponse de plus de %2 octets, ce qui n&apos;est pas une réponse d&apos;API. Vérifiez l&apos;URL.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>certificate does not match the pin</source>
        <translation>le certificat ne correspond pas à l&apos;empreinte épinglée</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The name %1 was not found in DNS. Check the spelling of the appliance&apos;s hostname and this computer&apos;s DNS settings.</source>
        <translation>Le nom %1 est introuvable dans le DNS. Vérifiez l&apos;orthographe du nom d&apos;hôte de l&apos;appliance et les réglages DNS de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the connection. Check that the appliance is running and that the port is right, then try again.</source>
        <translation>%1 a refusé la connexion. Vérifiez que l&apos;appliance est en marche et que le port est le bon, puis réessayez.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 closed the connection before the reply was complete. Try again; if it keeps happening, check the appliance and any proxy or firewall in between.</source>
        <translation>%1 a fermé la connexion avant la fin de la réponse. Réessayez&#xa0;; si cela se reproduit, vérifiez l&apos;appliance et tout proxy ou pare-feu intermédiaire.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 did not answer in time. Check that the appliance is up and reachable, then try again.</source>
        <translation>%1 n&apos;a pas répondu à temps. Vérifiez que l&apos;appliance est en marche et joignable, puis réessayez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to %1 failed. Check the network path to the appliance, then try again.</source>
        <translation>La connexion à %1 a échoué. Vérifiez le chemin réseau jusqu&apos;à l&apos;appliance, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>dr::api::RoleChangeConfirmation</name>
    <message>
        <location filename="../core/api/RoleChangeConfirmation.cpp" line="+31"/>
        <source>The pre-check of this appliance is older than %1 minutes. Run it again (API information and health) before changing the failover role.</source>
        <translation>La vérification préalable de cette appliance date de plus de %1 minutes. Refaites-la (informations API et état) avant de changer le rôle de basculement.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not part of a failover pair (its failover role is &quot;%2&quot;), so its role cannot be changed. Configure failover in /login &gt; Management &gt; Failover first.</source>
        <translation>%1 ne fait pas partie d&apos;une paire de basculement (son rôle est «&#xa0;%2&#xa0;»), son rôle ne peut donc pas être changé. Configurez d&apos;abord le basculement dans /login &gt; Management &gt; Failover.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is already %2; nothing to change. Check which appliance you meant.</source>
        <translation>%1 est déjà %2&#xa0;; rien à changer. Vérifiez de quelle appliance il s&apos;agissait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;Force&quot; only applies when telling the primary to become backup; leave it off for this change.</source>
        <translation>«&#xa0;Force&#xa0;» ne s&apos;applique que pour faire passer l&apos;appliance principale en secours&#xa0;; laissez-le désactivé pour ce changement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The confirmation does not match. To change the role of this appliance, type its hostname exactly: %1</source>
        <translation>La confirmation ne correspond pas. Pour changer le rôle de cette appliance, tapez exactement son nom d&apos;hôte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This role-change confirmation was given for another appliance (%1). Confirm again for this one.</source>
        <translation>Cette confirmation de changement de rôle a été donnée pour une autre appliance (%1). Confirmez à nouveau pour celle-ci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The role-change confirmation has expired (the pre-check is older than %1 minutes). Run the pre-check and confirm again.</source>
        <translation>La confirmation du changement de rôle a expiré (la vérification préalable date de plus de %1 minutes). Refaites la vérification préalable et confirmez à nouveau.</translation>
    </message>
</context>
<context>
    <name>dr::api::SetRoleResult</name>
    <message>
        <location filename="../core/api/SetRoleResult.cpp" line="+16"/>
        <source>The appliance&apos;s answer to the role change has no &lt;success&gt; text, so it is not known whether the role changed. Check both appliances&apos; health before doing anything else.</source>
        <translation>La réponse de l&apos;appliance au changement de rôle n&apos;a pas de texte &lt;success&gt;&#xa0;: on ne sait pas si le rôle a changé. Vérifiez l&apos;état des deux appliances avant toute autre action.</translation>
    </message>
</context>
<context>
    <name>dr::api::Tls</name>
    <message>
        <location filename="../core/api/Tls.cpp" line="+40"/>
        <source>The TLS handshake with %1 failed before a certificate was seen. Check that the URL and port point at the appliance&apos;s HTTPS site.</source>
        <translation>La négociation TLS avec %1 a échoué avant qu&apos;un certificat ne soit présenté. Vérifiez que l&apos;URL et le port pointent vers le site HTTPS de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 presented a certificate that does not match the pinned fingerprint. Presented: SHA-256 %2, subject &quot;%3&quot;. If the appliance&apos;s certificate was replaced on purpose, verify this fingerprint with its administrator and pin it instead.</source>
        <translation>%1 a présenté un certificat qui ne correspond pas à l&apos;empreinte épinglée. Présenté&#xa0;: SHA-256 %2, sujet «&#xa0;%3&#xa0;». Si le certificat de l&apos;appliance a été remplacé volontairement, vérifiez cette empreinte avec son administrateur et épinglez-la à la place.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 presented a certificate that is not trusted. Presented: SHA-256 %2, subject &quot;%3&quot;. Verify this fingerprint with the appliance&apos;s administrator, then trust it explicitly (pin it, or give the CA that issued it).</source>
        <translation>%1 a présenté un certificat non approuvé. Présenté&#xa0;: SHA-256 %2, sujet «&#xa0;%3&#xa0;». Vérifiez cette empreinte avec l&apos;administrateur de l&apos;appliance, puis faites-lui confiance explicitement (épinglez-la ou indiquez la CA émettrice).</translation>
    </message>
</context>
<context>
    <name>dr::api::TlsTrust</name>
    <message>
        <location filename="../core/api/ConnectionSettings.cpp" line="-47"/>
        <source>Cannot read the CA file %1. Check the path and its permissions.</source>
        <translation>Impossible de lire le fichier CA %1. Vérifiez le chemin et ses droits.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 holds no PEM or DER certificate. Give the CA certificate that issued the appliance&apos;s certificate.</source>
        <translation>Le fichier %1 ne contient aucun certificat PEM ou DER. Indiquez le certificat de la CA qui a délivré le certificat de l&apos;appliance.</translation>
    </message>
</context>
<context>
    <name>dr::api::TokenManager</name>
    <message>
        <location filename="../core/api/TokenManager.cpp" line="+119"/>
        <source>The appliance refused a token request because of its rate limit (20 per second, 15,000 per hour per API account). Wait a minute, then try again.</source>
        <translation>L&apos;appliance a refusé une demande de jeton à cause de sa limite de débit (20 par seconde, 15 000 par heure et par compte API). Attendez une minute, puis réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The appliance refused the API client ID or secret. Check the API account in /login &gt; Management &gt; API Configuration (is it enabled, is the secret current?), then try again.</source>
        <translation>L&apos;appliance a refusé l&apos;ID client ou le secret API. Vérifiez le compte API dans /login &gt; Management &gt; API Configuration (est-il activé, le secret est-il à jour&#xa0;?), puis réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The appliance answered the token request with HTTP %1. Check the URL points at the appliance&apos;s public site, then try again.</source>
        <translation>L&apos;appliance a répondu à la demande de jeton par HTTP %1. Vérifiez que l&apos;URL pointe vers le site public de l&apos;appliance, puis réessayez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The appliance&apos;s token reply could not be understood. Check that the URL points at the appliance&apos;s public site, then try again.</source>
        <translation>La réponse de jeton de l&apos;appliance est incompréhensible. Vérifiez que l&apos;URL pointe vers le site public de l&apos;appliance, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>dr::automation::CheckAttempt</name>
    <message>
        <location filename="../core/automation/CheckAttempt.cpp" line="+64"/>
        <source>The check timed out: no answer within %1 s. The appliance or network may be down or hung; check it and try again.</source>
        <translation>La vérification a expiré&#xa0;: aucune réponse en %1 s. L&apos;appliance ou le réseau est peut-être en panne ou bloqué&#xa0;; vérifiez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>dr::automation::HostResolver</name>
    <message>
        <location filename="../core/automation/HostResolver.cpp" line="+35"/>
        <source>Looking up %1 timed out after %2 s. Check this computer&apos;s DNS settings and try again.</source>
        <translation>La résolution de %1 a expiré après %2 s. Vérifiez les réglages DNS de cet ordinateur et réessayez.</translation>
    </message>
</context>
<context>
    <name>dr::automation::LabDirectory</name>
    <message>
        <location filename="../core/automation/LabDirectory.cpp" line="+84"/>
        <source>The drill lab is not running; start the drill again.</source>
        <translation>Le laboratoire d&apos;exercice ne tourne pas&#xa0;; relancez l&apos;exercice.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not an appliance of the drill lab; in a drill record one of: %2.</source>
        <translation>%1 n&apos;est pas une appliance du laboratoire d&apos;exercice&#xa0;; dans un exercice, saisissez l&apos;une de&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The drill lab&apos;s appliances only serve HTTPS (port 443), not port %1.</source>
        <translation>Les appliances du laboratoire d&apos;exercice ne servent que HTTPS (port 443), pas le port %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not part of the drill lab, so the drill does not contact it. In a drill use the lab&apos;s names or addresses.</source>
        <translation>%1 ne fait pas partie du laboratoire d&apos;exercice, l&apos;exercice ne le contacte donc pas. Dans un exercice, utilisez les noms ou adresses du labo.</translation>
    </message>
</context>
<context>
    <name>dr::automation::LabResolver</name>
    <message>
        <location filename="../core/automation/HostResolver.cpp" line="+49"/>
        <source>%1 is not a name of the drill lab, so the drill does not look it up. In a drill use %2 or an appliance&apos;s lab hostname.</source>
        <translation>%1 n&apos;est pas un nom du laboratoire d&apos;exercice, l&apos;exercice ne le résout donc pas. Dans un exercice, utilisez %2 ou le nom d&apos;hôte de labo d&apos;une appliance.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In the drill, the site name %1 points at &quot;%2&quot;, which is not an appliance of the lab. Swing the DNS to one of the lab&apos;s appliances.</source>
        <translation>Dans l&apos;exercice, le nom du site %1 pointe vers «&#xa0;%2&#xa0;», qui n&apos;est pas une appliance du labo. Basculez le DNS vers l&apos;une des appliances du labo.</translation>
    </message>
</context>
<context>
    <name>dr::automation::RoleChangeJob</name>
    <message>
        <location filename="../core/automation/LiveActionRunner.cpp" line="+73"/>
        <source>Only a failover role change to primary or backup can be made.</source>
        <translation>Seul un changement de rôle de basculement vers primary ou backup est possible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This drill would change a real appliance; it was refused.</source>
        <translation>Cet exercice modifierait une appliance réelle&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This real run is wired to the drill lab; nothing was changed.</source>
        <translation>Cette exécution réelle est reliée au laboratoire d&apos;exercice&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The pre-check of %1 failed, so nothing was changed: %2</source>
        <translation>La vérification préalable de %1 a échoué, rien n&apos;a donc été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already reports the primary role: automatic failover (or another operator) has promoted it. Nothing was sent.</source>
        <translation>%1 annonce déjà le rôle principal&#xa0;: le basculement automatique (ou un autre opérateur) l&apos;a promue. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already reports the backup role. Nothing was sent.</source>
        <translation>%1 annonce déjà le rôle de secours. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The pre-check of %1 is not available; nothing was changed. Run the action again.</source>
        <translation>La vérification préalable de %1 n&apos;est pas disponible&#xa0;; rien n&apos;a été modifié. Relancez l&apos;action.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>set_failover_role failed: %1 The role may still have changed if the reply was lost: check the role of both appliances before anything else.</source>
        <translation>set_failover_role a échoué&#xa0;: %1 Le rôle a pu changer quand même si la réponse s&apos;est perdue&#xa0;: vérifiez d&apos;abord le rôle des deux appliances.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The data sync has started; every user is disconnected until it ends.</source>
        <translation>La synchronisation des données a commencé&#xa0;; tous les utilisateurs sont déconnectés jusqu&apos;à sa fin.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 now reports the %2 role.</source>
        <translation>%1 annonce maintenant le rôle %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data sync in progress: both appliances read backup for the moment.</source>
        <translation>Synchronisation des données en cours&#xa0;: les deux appliances indiquent backup pour le moment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not report the %2 role within %3 s (last: %4). Check /login &gt; Management &gt; Failover on both appliances before trying again.</source>
        <translation>%1 n&apos;a pas annoncé le rôle %2 en %3 s (dernier&#xa0;: %4). Vérifiez /login &gt; Management &gt; Failover sur les deux appliances avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>dr::automation::SiteDirectory</name>
    <message>
        <location filename="../core/automation/SiteDirectory.cpp" line="+29"/>
        <source>No appliance was named; record the appliance&apos;s host name or address first.</source>
        <translation>Aucune appliance n&apos;a été nommée&#xa0;; saisissez d&apos;abord le nom d&apos;hôte ou l&apos;adresse de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not one of this site&apos;s appliances. Add it to the site&apos;s appliance list (URL, certificate trust and API account) or record one of: %2.</source>
        <translation>%1 ne fait pas partie des appliances de ce site. Ajoutez-la à la liste d&apos;appliances du site (URL, confiance du certificat et compte API) ou saisissez l&apos;une de&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No host was named; record the host name or address first.</source>
        <translation>Aucun hôte n&apos;a été nommé&#xa0;; saisissez d&apos;abord le nom d&apos;hôte ou l&apos;adresse.</translation>
    </message>
</context>
<context>
    <name>dr::automation::SystemResolver</name>
    <message>
        <location filename="../core/automation/HostResolver.cpp" line="-43"/>
        <source>%1 does not resolve (%2). Check the name and this computer&apos;s DNS server.</source>
        <translation>%1 ne se résout pas (%2). Vérifiez le nom et le serveur DNS de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>dr::backup::BackupCatalog</name>
    <message>
        <location filename="../core/backup/BackupCatalog.cpp" line="+86"/>
        <source>No .sha256 file beside it, so it cannot be verified; download a fresh backup.</source>
        <translation>Pas de fichier .sha256 à côté, impossible de la vérifier&#xa0;; téléchargez une sauvegarde récente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read it (%1); check the permissions.</source>
        <translation>Illisible (%1)&#xa0;; vérifiez les droits.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading it failed (%1); check the disk.</source>
        <translation>La lecture a échoué (%1)&#xa0;; vérifiez le disque.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Its SHA-256 differs from the .sha256 file: the backup is damaged or was changed. Do not restore it; download a fresh backup.</source>
        <translation>Son SHA-256 diffère du fichier .sha256&#xa0;: la sauvegarde est endommagée ou a été modifiée. Ne la restaurez pas&#xa0;; téléchargez une sauvegarde récente.</translation>
    </message>
</context>
<context>
    <name>dr::backup::BackupRotation</name>
    <message>
        <location filename="../core/backup/BackupRotation.cpp" line="+55"/>
        <source>Rotation was cancelled; nothing was deleted.</source>
        <translation>La rotation a été annulée&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not delete the old backup %1; check the folder&apos;s permissions.</source>
        <translation>Impossible de supprimer l&apos;ancienne sauvegarde %1&#xa0;; vérifiez les droits du dossier.</translation>
    </message>
</context>
<context>
    <name>dr::backup::ScheduledBackup</name>
    <message>
        <location filename="../core/backup/ScheduledBackup.cpp" line="+77"/>
        <source>the site profile records no primary appliance: set failover_role &quot;primary&quot; on one appliance or name one in backups.from_appliance</source>
        <translation>le profil du site n&apos;indique aucune appliance principale&#xa0;: définissez failover_role &quot;primary&quot; sur une appliance ou nommez-en une dans backups.from_appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backups.from_appliance &quot;%1&quot; is not an appliance of the site profile: correct it</source>
        <translation>backups.from_appliance «&#xa0;%1&#xa0;» n&apos;est pas une appliance du profil du site&#xa0;: corrigez-le</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the site profile has no backups.folder: choose the folder the backups go to</source>
        <translation>le profil du site n&apos;a pas de backups.folder&#xa0;: choisissez le dossier des sauvegardes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the backup folder %1 cannot be created or written: check the path and permissions</source>
        <translation>le dossier de sauvegarde %1 ne peut pas être créé ni écrit&#xa0;: vérifiez le chemin et les droits</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>appliance &quot;%1&quot; is a failover backup now and no other appliance answered as primary</source>
        <translation>l&apos;appliance «&#xa0;%1&#xa0;» est maintenant de secours et aucune autre appliance n&apos;a répondu comme principale</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>appliance &quot;%1&quot;: %2</source>
        <translation>appliance «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>download from &quot;%1&quot; failed, older backups kept: %2</source>
        <translation>le téléchargement depuis «&#xa0;%1&#xa0;» a échoué, les anciennes sauvegardes sont conservées&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the saved backup has %1 bytes, %2 were received: the disk may be failing</source>
        <translation>la sauvegarde enregistrée fait %1 octets, %2 ont été reçus&#xa0;: le disque est peut-être défaillant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the saved backup does not match its SHA-256: the disk may be failing</source>
        <translation>la sauvegarde enregistrée ne correspond pas à son SHA-256&#xa0;: le disque est peut-être défaillant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup&apos;s name &quot;%1&quot; carries no product version: the restore rules need it</source>
        <translation>le nom de la sauvegarde «&#xa0;%1&#xa0;» ne porte pas de version de produit&#xa0;: les règles de restauration en ont besoin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the backup&apos;s name says version %1 but the appliance runs %2</source>
        <translation>le nom de la sauvegarde indique la version %1 mais l&apos;appliance exécute %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 failed verification and was deleted, older backups kept: %2</source>
        <translation>%1 a échoué à la vérification et a été supprimée, les anciennes sauvegardes sont conservées&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saved %1 (%2 bytes, version %3) from &quot;%4&quot;; %5 kept, %6 old removed</source>
        <translation>%1 enregistrée (%2 octets, version %3) depuis «&#xa0;%4&#xa0;»&#xa0;; %5 conservées, %6 anciennes supprimées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>saved %1, but rotating old backups failed: %2</source>
        <translation>%1 enregistrée, mais la rotation des anciennes sauvegardes a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no appliance could be reached: check the site profile</source>
        <translation>aucune appliance n&apos;a pu être jointe&#xa0;: vérifiez le profil du site</translation>
    </message>
</context>
<context>
    <name>dr::cert::CertChecker</name>
    <message>
        <location filename="../core/cert/CertChecker.cpp" line="+34"/>
        <source>%1 expired on %2. Clients will refuse it: renew it with the CA (or make a new self-signed certificate) and install the new one instead of restoring this one.</source>
        <translation>%1 a expiré le %2. Les clients le refuseront&#xa0;: renouvelez-le auprès de la CA (ou créez un nouveau certificat auto-signé) et installez le nouveau au lieu de restaurer celui-ci.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid before %2. Check the appliance&apos;s and this computer&apos;s clock (NTP); if the clocks are right, wait or use the certificate that is valid now.</source>
        <translation>%1 n&apos;est valide qu&apos;à partir du %2. Vérifiez l&apos;horloge de l&apos;appliance et de cet ordinateur (NTP)&#xa0;; si elles sont justes, attendez ou utilisez le certificat valide maintenant.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 expires on %2, within %n day(s). Restore it, then plan its renewal now.</source>
        <translation>
            <numerusform>%1 expire le %2, dans %n jour. Restaurez-le, puis planifiez dès maintenant son renouvellement.</numerusform>
            <numerusform>%1 expire le %2, dans %n jours. Restaurez-le, puis planifiez dès maintenant son renouvellement.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 &quot;%2&quot; has a weak %3 key of %4 bits (at least RSA 2048 or EC 256 is needed). Current clients may refuse it: replace it with a stronger certificate.</source>
        <translation>%1 «&#xa0;%2&#xa0;» a une clé %3 faible de %4 bits (au moins RSA 2048 ou EC 256 est requis). Les clients actuels peuvent le refuser&#xa0;: remplacez-le par un certificat plus robuste.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 &quot;%2&quot; is signed with %3, which clients no longer accept. Have the CA issue it again with SHA-256.</source>
        <translation>%1 «&#xa0;%2&#xa0;» est signé avec %3, que les clients n&apos;acceptent plus. Faites-le réémettre par la CA avec SHA-256.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup file has no password. Anyone holding it holds the appliance&apos;s private key: after the restore, export it again with a passphrase and store it securely.</source>
        <translation>Le fichier de sauvegarde n&apos;a pas de mot de passe. Quiconque le détient détient la clé privée de l&apos;appliance&#xa0;: après la restauration, exportez-le à nouveau avec une phrase secrète et conservez-le en lieu sûr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup file uses old, weak encryption (%1). It can be restored; afterwards export it again with AES-256.</source>
        <translation>Le fichier de sauvegarde utilise un chiffrement ancien et faible (%1). Il peut être restauré&#xa0;; exportez-le ensuite à nouveau en AES-256.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Private Key? No: the file holds no private key, so the appliance cannot use this certificate. Export it again with Include Private Key checked.</source>
        <translation>Private Key? No&#xa0;: le fichier ne contient pas de clé privée, l&apos;appliance ne peut donc pas utiliser ce certificat. Exportez-le à nouveau en cochant «&#xa0;Include Private Key&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The private key in the file does not belong to the certificate &quot;%1&quot;. Find the backup that holds the matching key, or have a new certificate issued.</source>
        <translation>La clé privée du fichier n&apos;appartient pas au certificat «&#xa0;%1&#xa0;». Trouvez la sauvegarde qui contient la clé correspondante, ou faites délivrer un nouveau certificat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is self-signed: clients trust it only if it was installed on them. Restore this same certificate so existing clients keep connecting; plan a CA-signed one.</source>
        <translation>«&#xa0;%1&#xa0;» est auto-signé&#xa0;: les clients ne lui font confiance que s&apos;il a été installé chez eux. Restaurez ce même certificat pour que les clients existants continuent de se connecter&#xa0;; prévoyez un certificat signé par une CA.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate chain is incomplete: the certificate of &quot;%1&quot; is missing. Every intermediate and the root must be in the file: get them from the CA and export again with Include Certificate Chain.</source>
        <translation>La chaîne de certificats est incomplète&#xa0;: le certificat de «&#xa0;%1&#xa0;» manque. Chaque certificat intermédiaire et la racine doivent être dans le fichier&#xa0;: obtenez-les auprès de la CA et exportez à nouveau avec «&#xa0;Include Certificate Chain&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file holds %1 root certificates; a CA-signed certificate has exactly one. Remove the roots that are not part of the chain.</source>
        <translation>Le fichier contient %1 certificats racine&#xa0;; un certificat signé par une CA en a exactement un. Retirez les racines qui ne font pas partie de la chaîne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; (issued by &quot;%2&quot;) is not part of the appliance certificate&apos;s chain. Check that this is the right backup.</source>
        <translation>«&#xa0;%1&#xa0;» (délivré par «&#xa0;%2&#xa0;») ne fait pas partie de la chaîne du certificat de l&apos;appliance. Vérifiez qu&apos;il s&apos;agit de la bonne sauvegarde.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file holds no certificate. Export it again with Include Certificate checked.</source>
        <translation>Le fichier ne contient aucun certificat. Exportez-le à nouveau en cochant «&#xa0;Include Certificate&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds only CA certificates, not the appliance&apos;s own certificate. Export the certificate whose Alternative Names hold the appliance&apos;s hostname.</source>
        <translation>Le fichier ne contient que des certificats de CA, pas le certificat propre de l&apos;appliance. Exportez le certificat dont les Alternative Names contiennent le nom d&apos;hôte de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The certificate is not valid for %1: its Alternative Names are %2. Check the appliance hostname, or use the certificate issued to that name.</source>
        <translation>Le certificat n&apos;est pas valide pour %1&#xa0;: ses Alternative Names sont %2. Vérifiez le nom d&apos;hôte de l&apos;appliance, ou utilisez le certificat délivré à ce nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>dr::cert::ChainBuilder</name>
    <message>
        <location filename="../core/cert/ChainBuilder.cpp" line="+93"/>
        <source>Self-signed certificate</source>
        <translation>Certificat auto-signé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA-signed certificate</source>
        <translation>Certificat signé par une CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intermediate certificate</source>
        <translation>Certificat intermédiaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root certificate</source>
        <translation>Certificat racine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unrelated certificate</source>
        <translation>Certificat sans rapport</translation>
    </message>
</context>
<context>
    <name>dr::cert::PasswordSource</name>
    <message>
        <location filename="../core/cert/PasswordSource.cpp" line="+36"/>
        <source>No password was given; the file was not opened.</source>
        <translation>Aucun mot de passe n&apos;a été fourni&#xa0;; le fichier n&apos;a pas été ouvert.</translation>
    </message>
</context>
<context>
    <name>dr::cert::Pkcs12Reader</name>
    <message>
        <location filename="../core/cert/Pkcs12Reader.cpp" line="+32"/>
        <source>Export the certificate again from /appliance &gt; Security &gt; Certificates with Include Certificate, Include Private Key and Include Certificate Chain checked.</source>
        <translation>Exportez à nouveau le certificat depuis /appliance &gt; Security &gt; Certificates en cochant «&#xa0;Include Certificate&#xa0;», «&#xa0;Include Private Key&#xa0;» et «&#xa0;Include Certificate Chain&#xa0;».</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The PKCS#12 file is truncated: it announces %1 bytes but holds only %2. Copy it again from the backup location and compare its size.</source>
        <translation>Le fichier PKCS#12 est tronqué&#xa0;: il annonce %1 octets mais n&apos;en contient que %2. Copiez-le à nouveau depuis l&apos;emplacement de sauvegarde et comparez sa taille.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file starts like a PKCS#12 archive but its contents are damaged. Copy it again from the backup location; if every copy is damaged, %1</source>
        <translation>Le fichier commence comme une archive PKCS#12 mais son contenu est endommagé. Copiez-le à nouveau depuis l&apos;emplacement de sauvegarde&#xa0;; si toutes les copies sont endommagées, %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a PEM text file, not a PKCS#12 (.p12/.pfx) archive. Combine the certificate, chain and key with &apos;openssl pkcs12 -export&apos;, or %1</source>
        <translation>Il s&apos;agit d&apos;un fichier texte PEM, pas d&apos;une archive PKCS#12 (.p12/.pfx). Réunissez le certificat, la chaîne et la clé avec «&#xa0;openssl pkcs12 -export&#xa0;», ou %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a single certificate (DER) without its private key, not a PKCS#12 archive. %1</source>
        <translation>Il s&apos;agit d&apos;un certificat seul (DER) sans sa clé privée, pas d&apos;une archive PKCS#12. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a PKCS#12 (.p12/.pfx) file. %1</source>
        <translation>Ce n&apos;est pas un fichier PKCS#12 (.p12/.pfx). %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file is protected with the legacy algorithm %1, which OpenSSL 3 reads only with its legacy provider, and that provider is not loaded (%2). Install the OpenSSL legacy provider module (ossl-modules/legacy.so), or convert the file on a machine that has it: &apos;openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 -export -out new.p12&apos; (AES-256).</source>
        <translation>Le fichier est protégé par l&apos;algorithme legacy %1, qu&apos;OpenSSL 3 ne lit qu&apos;avec son fournisseur legacy, et ce fournisseur n&apos;est pas chargé (%2). Installez le module du fournisseur legacy d&apos;OpenSSL (ossl-modules/legacy.so), ou convertissez le fichier sur une machine qui l&apos;a&#xa0;: «&#xa0;openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 -export -out new.p12&#xa0;» (AES-256).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>disabled for this check</source>
        <translation>désactivé pour cette vérification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is protected with %1, which this OpenSSL cannot decrypt. Export the certificate again with AES-256 (the default of current exporters).</source>
        <translation>Le fichier est protégé par %1, que cet OpenSSL ne sait pas déchiffrer. Exportez à nouveau le certificat en AES-256 (le défaut des outils d&apos;export actuels).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot open %1: %2. Check the path and that you may read the file.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2. Vérifiez le chemin et que vous avez le droit de lire le fichier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is empty. %1</source>
        <translation>Le fichier est vide. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a Java keytool keystore (JKS/JCEKS), not a PKCS#12 file. Convert it with: keytool -importkeystore -srckeystore FILE -destkeystore FILE.p12 -deststoretype PKCS12, then open FILE.p12.</source>
        <translation>Il s&apos;agit d&apos;un magasin de clés Java keytool (JKS/JCEKS), pas d&apos;un fichier PKCS#12. Convertissez-le avec&#xa0;: keytool -importkeystore -srckeystore FILE -destkeystore FILE.p12 -deststoretype PKCS12, puis ouvrez FILE.p12.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a %1 integrity MAC</source>
        <translation>un MAC d&apos;intégrité %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password does not open this file (its integrity check fails). Enter the passphrase that was set when the certificate was exported from /appliance; if it is right, the file was altered after export: use another copy.</source>
        <translation>Le mot de passe n&apos;ouvre pas ce fichier (son contrôle d&apos;intégrité échoue). Saisissez la phrase secrète définie lors de l&apos;export du certificat depuis /appliance&#xa0;; si elle est juste, le fichier a été modifié après l&apos;export&#xa0;: utilisez une autre copie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PKCS#12 structure is damaged (its safe contents cannot be unpacked). Copy it again from the backup location.</source>
        <translation>La structure PKCS#12 est endommagée (son contenu protégé ne peut pas être décompressé). Copiez-la à nouveau depuis l&apos;emplacement de sauvegarde.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The password is right but the contents cannot be decrypted or decoded: the file is damaged. Copy it again from the backup location.</source>
        <translation>Le mot de passe est juste mais le contenu ne peut être ni déchiffré ni décodé&#xa0;: le fichier est endommagé. Copiez-le à nouveau depuis l&apos;emplacement de sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contents cannot be decrypted with this password (the file has no integrity MAC, so a damaged file looks the same). Check the passphrase, or use another copy.</source>
        <translation>Le contenu ne peut pas être déchiffré avec ce mot de passe (le fichier n&apos;a pas de MAC d&apos;intégrité, un fichier endommagé se présente donc de la même façon). Vérifiez la phrase secrète, ou utilisez une autre copie.</translation>
    </message>
</context>
<context>
    <name>dr::cert::Pkcs12Writer</name>
    <message>
        <location filename="../core/cert/Pkcs12Writer.cpp" line="+44"/>
        <source>Cannot write %1: %2. Choose a folder you may write to.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Choisissez un dossier où vous avez le droit d&apos;écrire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing %1 failed: %2. Check the free space and try again.</source>
        <translation>L&apos;écriture de %1 a échoué&#xa0;: %2. Vérifiez l&apos;espace libre et réessayez.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no private key to export. Open a backup that holds the key.</source>
        <translation>Il n&apos;y a aucune clé privée à exporter. Ouvrez une sauvegarde qui contient la clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <source>There is no certificate to export.</source>
        <translation>Il n&apos;y a aucun certificat à exporter.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>The certificate cannot be decoded.</source>
        <translation>Le certificat ne peut pas être décodé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The private key does not belong to the certificate &quot;%1&quot;.</source>
        <translation>La clé privée n&apos;appartient pas au certificat «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A chain certificate cannot be decoded.</source>
        <translation>Un certificat de la chaîne ne peut pas être décodé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating the PKCS#12 archive failed: %1</source>
        <translation>La création de l&apos;archive PKCS#12 a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding the integrity MAC failed: %1</source>
        <translation>L&apos;ajout du MAC d&apos;intégrité a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encoding the PKCS#12 archive failed: %1</source>
        <translation>L&apos;encodage de l&apos;archive PKCS#12 a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dr::cert::ServeComparison</name>
    <message>
        <location filename="../core/cert/ServeComparison.cpp" line="+18"/>
        <source>subject &quot;%1&quot;, issued by &quot;%2&quot;, valid %3 to %4, SHA-256 %5</source>
        <translation>sujet «&#xa0;%1&#xa0;», délivré par «&#xa0;%2&#xa0;», valide du %3 au %4, SHA-256 %5</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The backup holds no appliance certificate to compare with.</source>
        <translation>La sauvegarde ne contient aucun certificat d&apos;appliance à comparer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The appliance serves a different certificate: %1. Expected the restored one: %2. Import the backup in /appliance &gt; Security &gt; Certificates and assign it to the appliance&apos;s IP address.</source>
        <translation>L&apos;appliance sert un autre certificat&#xa0;: %1. Attendu, celui restauré&#xa0;: %2. Importez la sauvegarde dans /appliance &gt; Security &gt; Certificates et attribuez-la à l&apos;adresse IP de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The appliance serves the restored certificate but not its intermediate certificate(s) %1, so clients may not trust it. Import the full chain (the .p12 with Include Certificate Chain) in /appliance &gt; Security &gt; Certificates.</source>
        <translation>L&apos;appliance sert le certificat restauré mais pas son ou ses certificats intermédiaires %1, les clients risquent donc de ne pas lui faire confiance. Importez la chaîne complète (le .p12 avec «&#xa0;Include Certificate Chain&#xa0;») dans /appliance &gt; Security &gt; Certificates.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The appliance serves the restored certificate &quot;%1&quot; (SHA-256 %2) with its chain.</source>
        <translation>L&apos;appliance sert le certificat restauré «&#xa0;%1&#xa0;» (SHA-256 %2) avec sa chaîne.</translation>
    </message>
</context>
<context>
    <name>dr::cert::ServedChainProbe</name>
    <message>
        <location filename="../core/cert/ServedChainProbe.cpp" line="+75"/>
        <source>%1:%2 completed the TLS handshake without presenting a certificate.</source>
        <translation>%1:%2 a terminé la négociation TLS sans présenter de certificat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The name %1 does not resolve. Check the hostname and DNS, or give the appliance&apos;s IP address with --host and its FQDN with --fqdn.</source>
        <translation>Le nom %1 ne se résout pas. Vérifiez le nom d&apos;hôte et le DNS, ou indiquez l&apos;adresse IP de l&apos;appliance avec --host et son FQDN avec --fqdn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the connection. Check that the appliance is up, its IP configuration is restored and the port is right.</source>
        <translation>%1 a refusé la connexion. Vérifiez que l&apos;appliance est en marche, que sa configuration IP est restaurée et que le port est le bon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The TLS handshake with %1 failed (%2). Check that this port serves HTTPS.</source>
        <translation>La négociation TLS avec %1 a échoué (%2). Vérifiez que ce port sert HTTPS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Talking to %1 failed: %2. Check the network path to the appliance.</source>
        <translation>La communication avec %1 a échoué&#xa0;: %2. Vérifiez le chemin réseau jusqu&apos;à l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1:%2 did not complete a TLS handshake in time. Check the firewall and that the appliance is up.</source>
        <translation>%1:%2 n&apos;a pas terminé la négociation TLS à temps. Vérifiez le pare-feu et que l&apos;appliance est en marche.</translation>
    </message>
</context>
<context>
    <name>dr::cli</name>
    <message>
        <location filename="../app/cli/CliConnection.cpp" line="+26"/>
        <source>refusing --%1: secrets on the command line are visible to other users (ps, /proc) and kept in shell history; set DRRUNBOOK_CLIENT_SECRET (and DRRUNBOOK_BACKUP_PASSWORD) in the environment instead, or leave it unset to be prompted</source>
        <translation>--%1 refusé&#xa0;: les secrets sur la ligne de commande sont visibles des autres utilisateurs (ps, /proc) et restent dans l&apos;historique du shell&#xa0;; définissez plutôt DRRUNBOOK_CLIENT_SECRET (et DRRUNBOOK_BACKUP_PASSWORD) dans l&apos;environnement, ou laissez-les vides pour qu&apos;ils soient demandés</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_appliances.cpp" line="-44"/>
        <source>Lists the appliances of the site (the API&apos;s get_appliances).</source>
        <translation>Liste les appliances du site (get_appliances de l&apos;API).</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n appliance(s)</source>
        <translation>
            <numerusform>%n appliance</numerusform>
            <numerusform>%n appliances</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cluster: %1, failover: %2, %3</source>
        <translation>cluster&#xa0;: %1, basculement&#xa0;: %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepting connections</source>
        <translation>accepte les connexions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT accepting connections</source>
        <translation>N&apos;accepte PAS les connexions</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_backup.cpp" line="-99"/>
        <source>Folder to save the backup in.</source>
        <translation>Dossier où enregistrer la sauvegarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Site name for the file name (default: the URL&apos;s host).</source>
        <translation>Nom du site pour le nom de fichier (par défaut&#xa0;: l&apos;hôte de l&apos;URL).</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>the site profile %1 has errors (first: %2); run drrunbook-cli site check %1</source>
        <translation>le profil de site %1 contient des erreurs (première&#xa0;: %2)&#xa0;; lancez drrunbook-cli site check %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/cmd_site.cpp" line="-115"/>
        <source>API client secret for %1: </source>
        <translation>Secret client API pour %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no API client secret: set DRRUNBOOK_CLIENT_SECRET or store it with drrunbook-cli secret store (%1)</source>
        <translation>pas de secret client API&#xa0;: définissez DRRUNBOOK_CLIENT_SECRET ou enregistrez-le avec drrunbook-cli secret store (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not asked: not a terminal</source>
        <translation>non demandé&#xa0;: pas un terminal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup password: </source>
        <translation>Mot de passe de sauvegarde&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the site&apos;s backups are password protected and no backup password was found: set DRRUNBOOK_BACKUP_PASSWORD or keep it in the keychain (%1)</source>
        <translation>les sauvegardes du site sont protégées par mot de passe et aucun mot de passe de sauvegarde n&apos;a été trouvé&#xa0;: définissez DRRUNBOOK_BACKUP_PASSWORD ou gardez-le dans le trousseau (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>backup failed: %1</source>
        <translation>échec de la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Downloads the site backup (/api/backup) into DIR as Bomgar-&lt;version&gt;-&lt;site&gt;-&lt;date&gt;-&lt;id&gt;.nsb (or the name the appliance sends), with a .sha256 file beside it. A backup password is read from DRRUNBOOK_BACKUP_PASSWORD.
With --site FILE: the scheduled backup of a site profile: downloads from the site&apos;s primary into backups.folder, verifies size, SHA-256 and version, keeps the N newest, appends a line to drrunbook-backup.log there, and exits non-zero with a one-line reason on failure.</source>
        <translation>Télécharge la sauvegarde du site (/api/backup) dans DIR sous le nom Bomgar-&lt;version&gt;-&lt;site&gt;-&lt;date&gt;-&lt;id&gt;.nsb (ou le nom envoyé par l&apos;appliance), avec un fichier .sha256 à côté. Un mot de passe de sauvegarde est lu dans DRRUNBOOK_BACKUP_PASSWORD.
Avec --site FILE&#xa0;: la sauvegarde planifiée d&apos;un profil de site&#xa0;: télécharge depuis l&apos;appliance principale du site dans backups.folder, vérifie taille, SHA-256 et version, conserve les N plus récentes, ajoute une ligne à drrunbook-backup.log dans ce dossier, et sort avec un code non nul et une raison sur une ligne en cas d&apos;échec.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Site profile (JSON) to back up.</source>
        <translation>Profil de site (JSON) à sauvegarder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --site: keep the N newest verified backups (default: the profile&apos;s backups.keep).</source>
        <translation>Avec --site&#xa0;: conserver les N sauvegardes vérifiées les plus récentes (par défaut&#xa0;: backups.keep du profil).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--site FILE takes the appliance and the folder from the profile: leave out --url and --out</source>
        <translation>--site FILE prend l&apos;appliance et le dossier dans le profil&#xa0;: retirez --url et --out</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--keep must be a whole number from 1 to 10000</source>
        <translation>--keep doit être un nombre entier de 1 à 10000</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/cmd_site.cpp" line="+56"/>
        <source>--timeout must be a number of seconds between 0 and 3600</source>
        <translation>--timeout doit être un nombre de secondes entre 0 et 3600</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--keep needs --site FILE</source>
        <translation>--keep nécessite --site FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out DIR (or --site FILE) is required</source>
        <translation>--out DIR (ou --site FILE) est obligatoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 does not exist; create it first</source>
        <translation>le dossier %1 n&apos;existe pas&#xa0;; créez-le d&apos;abord</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> of %1 MiB</source>
        <translation> sur %1 Mio</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>saved:   %1 (%2 bytes)</source>
        <translation>enregistré&#xa0;: %1 (%2 octets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sha256:  %1  (%2)</source>
        <translation>sha256&#xa0;:     %1  (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_health.cpp" line="-77"/>
        <source>healthy (HTTP 200)</source>
        <translation>en bon état (HTTP 200)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UNHEALTHY (HTTP 500)</source>
        <translation>EN MAUVAIS ÉTAT (HTTP 500)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reports itself unhealthy (/check_health answered 500); check /appliance &gt; Status</source>
        <translation>%1 se déclare en mauvais état (/check_health a répondu 500)&#xa0;; vérifiez /appliance &gt; Status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shows an appliance&apos;s health (the API&apos;s check_health).</source>
        <translation>Affiche l&apos;état d&apos;une appliance (check_health de l&apos;API).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the unauthenticated GET /check_health probe (no credentials).</source>
        <translation>Seulement la sonde non authentifiée GET /check_health (sans identifiants).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>appliance:      %1 (%2)</source>
        <translation>appliance&#xa0;:          %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version:        %1 (%2)</source>
        <translation>version&#xa0;:            %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>healthy:        %1</source>
        <translation>en bon état&#xa0;:        %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error:          %1</source>
        <translation>erreur&#xa0;:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failover role:  %1</source>
        <translation>rôle de basculement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not reported)</source>
        <translation>(non communiqué)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared IPs:     %1</source>
        <translation>IP partagées&#xa0;:       %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last data sync: %1 (%2)</source>
        <translation>dernière synchro&#xa0;:   %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 reports itself unhealthy: %2</source>
        <translation>%1 se déclare en mauvais état&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_site.cpp" line="-32"/>
        <source>site check FILE: validates a site profile (docs/site-profile.md) and, unless --offline, checks each appliance: health, failover role against the recorded one, the API account&apos;s permissions, and the certificate it serves (expiry, the recorded fingerprint). Exit 0 when there is no error.</source>
        <translation>site check FILE&#xa0;: valide un profil de site (docs/site-profile.md) et, sauf avec --offline, vérifie chaque appliance&#xa0;: état, rôle de basculement par rapport à celui enregistré, autorisations du compte API, et certificat servi (expiration, empreinte enregistrée). Code de sortie 0 s&apos;il n&apos;y a pas d&apos;erreur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only validate the file; no network.</source>
        <translation>Valider seulement le fichier&#xa0;; pas de réseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine-readable output.</source>
        <translation>Sortie lisible par une machine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds without an answer before a check fails (default 15).</source>
        <translation>Secondes sans réponse avant qu&apos;une vérification échoue (15 par défaut).</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>the profile names no appliance to back up from or no API account: run drrunbook-cli site check %1</source>
        <translation>le profil n&apos;indique aucune appliance à sauvegarder ou aucun compte API&#xa0;: lancez drrunbook-cli site check %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backup password for %1: </source>
        <translation>Mot de passe de sauvegarde pour %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing stored for %1: set the variable or run this in a terminal to be asked</source>
        <translation>rien d&apos;enregistré pour %1&#xa0;: définissez la variable ou lancez la commande dans un terminal pour qu&apos;il soit demandé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not store %1 in the keychain: %2</source>
        <translation>impossible d&apos;enregistrer %1 dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored in the keychain: %1</source>
        <translation>enregistré dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>usage: drrunbook-cli site check FILE [--offline] [--json] [--timeout SECONDS] | site store-secrets FILE</source>
        <translation>utilisation&#xa0;: drrunbook-cli site check FILE [--offline] [--json] [--timeout SECONDS] | site store-secrets FILE</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>note: %1 is a version %2 file; saving it from the editor writes version %3.</source>
        <translation>remarque&#xa0;: %1 est un fichier de version %2&#xa0;; l&apos;enregistrer depuis l&apos;éditeur écrit la version %3.</translation>
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
        <translation>vérifications réseau ignorées&#xa0;: corrigez d&apos;abord les erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>site check found %n error(s) in %1; the first: %2</source>
        <translation>
            <numerusform>site check a trouvé %n erreur dans %1&#xa0;; la première&#xa0;: %2</numerusform>
            <numerusform>site check a trouvé %n erreurs dans %1&#xa0;; la première&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::cli::CliConnection</name>
    <message>
        <location filename="../app/cli/CliConnection.cpp" line="+11"/>
        <source>Appliance site URL: https://HOST[:PORT].</source>
        <translation>URL du site de l&apos;appliance&#xa0;: https://HOST[:PORT].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust only the CA certificate(s) in FILE (PEM or DER).</source>
        <translation>Ne faire confiance qu&apos;au(x) certificat(s) de CA de FILE (PEM ou DER).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust exactly the certificate with this SHA-256 fingerprint (self-signed appliances).</source>
        <translation>Faire confiance exactement au certificat de cette empreinte SHA-256 (appliances auto-signées).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds without data before a request is abandoned (default 15).</source>
        <translation>Secondes sans données avant d&apos;abandonner une requête (15 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DEPRECATED: log in with username/password query parameters (sites before 16.1) instead of OAuth; DRRUNBOOK_CLIENT_ID/SECRET then hold the username and password.</source>
        <translation>OBSOLÈTE&#xa0;: connexion par nom d&apos;utilisateur/mot de passe en paramètres de requête (sites antérieurs à 16.1) au lieu d&apos;OAuth&#xa0;; DRRUNBOOK_CLIENT_ID/SECRET contiennent alors le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine-readable output.</source>
        <translation>Sortie lisible par une machine.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unexpected argument &apos;%1&apos;; see --help</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»&#xa0;; voir --help</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--url https://HOST[:PORT] is required</source>
        <translation>--url https://HOST[:PORT] est obligatoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --ca or --pin, not both</source>
        <translation>indiquez --ca ou --pin, pas les deux</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--pin must be a SHA-256 fingerprint: 64 hex digits, colons optional</source>
        <translation>--pin doit être une empreinte SHA-256&#xa0;: 64 chiffres hexadécimaux, deux-points facultatifs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--timeout must be a number of seconds between 0 and 3600</source>
        <translation>--timeout doit être un nombre de secondes entre 0 et 3600</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DRRUNBOOK_CLIENT_ID is not set: export the API account&apos;s client ID (and DRRUNBOOK_CLIENT_SECRET, or keep the secret in the keychain with &apos;drrunbook-cli secret store&apos;)</source>
        <translation>DRRUNBOOK_CLIENT_ID n&apos;est pas défini&#xa0;: exportez l&apos;ID client du compte API (et DRRUNBOOK_CLIENT_SECRET, ou gardez le secret dans le trousseau avec «&#xa0;drrunbook-cli secret store&#xa0;»)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>API client secret for %1: </source>
        <translation>Secret client API pour %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no API client secret: set DRRUNBOOK_CLIENT_SECRET, keep it in the keychain with &apos;drrunbook-cli secret store&apos;, or run in a terminal to be asked.</source>
        <translation>pas de secret client API&#xa0;: définissez DRRUNBOOK_CLIENT_SECRET, gardez-le dans le trousseau avec «&#xa0;drrunbook-cli secret store&#xa0;», ou lancez la commande dans un terminal pour qu&apos;il soit demandé.</translation>
    </message>
</context>
<context>
    <name>dr::cli::SiteChecker</name>
    <message>
        <location filename="../app/cli/cmd_site.cpp" line="-269"/>
        <source>API client secret for %1: </source>
        <translation>Secret client API pour %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>API checks skipped: no API client secret (%1); set DRRUNBOOK_CLIENT_SECRET or store it with drrunbook-cli secret store.</source>
        <translation>vérifications API ignorées&#xa0;: pas de secret client API (%1)&#xa0;; définissez DRRUNBOOK_CLIENT_SECRET ou enregistrez-le avec drrunbook-cli secret store.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not asked: not a terminal</source>
        <translation>non demandé&#xa0;: pas un terminal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check_health is not allowed for this API account: %1</source>
        <translation>check_health n&apos;est pas autorisé pour ce compte API&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the appliance did not answer check_health: %1</source>
        <translation>l&apos;appliance n&apos;a pas répondu à check_health&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the appliance reports a problem: %1. See its /appliance Status page.</source>
        <translation>l&apos;appliance signale un problème&#xa0;: %1. Voir sa page Status dans /appliance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unhealthy</source>
        <translation>en mauvais état</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: healthy, version %2</source>
        <translation>%1&#xa0;: en bon état, version %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recorded as %1 but the appliance says %2: if a failover happened, update the profile; otherwise check Management &gt; Failover.</source>
        <translation>enregistrée comme %1 mais l&apos;appliance indique %2&#xa0;: si un basculement a eu lieu, mettez le profil à jour&#xa0;; sinon vérifiez Management &gt; Failover.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: failover role %2 as recorded</source>
        <translation>%1&#xa0;: rôle de basculement %2 comme enregistré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>get_api_info failed: %1</source>
        <translation>échec de get_api_info&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API account %1: %2</source>
        <translation>compte API %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API account %1 cannot download backups: %2</source>
        <translation>le compte API %1 ne peut pas télécharger de sauvegardes&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: API account %2 may download backups</source>
        <translation>%1&#xa0;: le compte API %2 peut télécharger des sauvegardes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not read the certificate it serves: %1</source>
        <translation>impossible de lire le certificat servi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>serves a certificate that expired on %1: renew it (Security &gt; Certificates) and export a new .p12 backup.</source>
        <translation>sert un certificat expiré le %1&#xa0;: renouvelez-le (Security &gt; Certificates) et exportez une nouvelle sauvegarde .p12.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>serves a certificate that expires on %1: renew it soon and export a new .p12 backup.</source>
        <translation>sert un certificat qui expire le %1&#xa0;: renouvelez-le bientôt et exportez une nouvelle sauvegarde .p12.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: certificate valid until %2</source>
        <translation>%1&#xa0;: certificat valide jusqu&apos;au %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 serves a certificate (SHA-256 %2) that is not the one recorded for the backup: if it was renewed, export its .p12 and record the new fingerprint; otherwise restore the backed-up certificate.</source>
        <translation>%1 sert un certificat (SHA-256 %2) qui n&apos;est pas celui enregistré pour la sauvegarde&#xa0;: s&apos;il a été renouvelé, exportez son .p12 et enregistrez la nouvelle empreinte&#xa0;; sinon restaurez le certificat sauvegardé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: serves the backed-up certificate</source>
        <translation>%1&#xa0;: sert le certificat sauvegardé</translation>
    </message>
</context>
<context>
    <name>dr::lab::Lab</name>
    <message>
        <location filename="../core/lab/Lab.cpp" line="+42"/>
        <source>The lab is already running. Stop it before starting another topology.</source>
        <translation>Le labo tourne déjà. Arrêtez-le avant de lancer une autre topologie.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Could not listen on 127.0.0.1:%1 (%2). Choose another port with --port, or 0 for any.</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1:%1 (%2). Choisissez un autre port avec --port, ou 0 pour n&apos;importe lequel.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not listen on 127.0.0.1:%1 for the site address (%2). Choose another port.</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1:%1 pour l&apos;adresse du site (%2). Choisissez un autre port.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not listen on 127.0.0.1:%1 for lab control (%2). Choose another port.</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1:%1 pour le pilotage du labo (%2). Choisissez un autre port.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Could not write the lab CA to %1: %2. Choose a writable folder.</source>
        <translation>Impossible d&apos;écrire la CA du labo dans %1&#xa0;: %2. Choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Could not listen for the spare appliance: %1.</source>
        <translation>Impossible d&apos;écouter pour l&apos;appliance de rechange&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>dr::lab::LabApi</name>
    <message>
        <location filename="../core/lab/LabApi.cpp" line="+102"/>
        <source>Use POST.</source>
        <translation>Utilisez POST.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The access token provided has expired.</source>
        <translation>Le jeton d&apos;accès fourni a expiré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>grant_type must be client_credentials.</source>
        <translation>grant_type doit valoir client_credentials.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Client authentication failed.</source>
        <translation>Échec de l&apos;authentification du client.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The access token provided is invalid.</source>
        <translation>Le jeton d&apos;accès fourni n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invalid credentials</source>
        <translation>Identifiants non valides</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No access token: send Authorization: Bearer TOKEN.</source>
        <translation>Pas de jeton d&apos;accès&#xa0;: envoyez Authorization: Bearer TOKEN.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>POST requests must be application/x-www-form-urlencoded.</source>
        <translation>Les requêtes POST doivent être en application/x-www-form-urlencoded.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No action specified.</source>
        <translation>Aucune action indiquée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid action: %1</source>
        <translation>Action non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access denied. The API account does not have permission to perform this action.</source>
        <translation>Accès refusé. Le compte API n&apos;a pas l&apos;autorisation d&apos;effectuer cette action.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This backup is password protected: send {&quot;password&quot;:&quot;...&quot;} as the request body.</source>
        <translation>Cette sauvegarde est protégée par mot de passe&#xa0;: envoyez {&quot;password&quot;:&quot;...&quot;} comme corps de la requête.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incorrect backup password.</source>
        <translation>Mot de passe de sauvegarde incorrect.</translation>
    </message>
</context>
<context>
    <name>dr::lab::LabCa</name>
    <message>
        <location filename="../core/lab/LabCa.cpp" line="+202"/>
        <source>The lab CA was not created. Start the lab first.</source>
        <translation>La CA du labo n&apos;a pas été créée. Lancez d&apos;abord le labo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing to export: give a certificate chain and its private key.</source>
        <translation>Rien à exporter&#xa0;: indiquez une chaîne de certificats et sa clé privée.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not write %1: %2. Choose a writable folder.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Choisissez un dossier accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>dr::lab::LabCommands</name>
    <message>
        <location filename="../core/lab/LabCommands.cpp" line="+113"/>
        <source>The appliance reports a problem.</source>
        <translation>L&apos;appliance signale un problème.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Invalid type: %1</source>
        <translation>Type non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Failover is not configured on this appliance.</source>
        <translation>Le basculement n&apos;est pas configuré sur cette appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unable to reach the peer appliance. Use force=1 to change the role anyway.</source>
        <translation>Impossible de joindre l&apos;appliance pair. Utilisez force=1 pour changer le rôle quand même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data sync is in progress. Try again when it has finished.</source>
        <translation>Une synchronisation des données est en cours. Réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid role: %1. Use primary or backup.</source>
        <translation>Rôle non valide&#xa0;: %1. Utilisez primary ou backup.</translation>
    </message>
</context>
<context>
    <name>dr::lab::LabControl</name>
    <message>
        <location filename="../core/lab/LabControl.cpp" line="+66"/>
        <source>Send the lab control key in the X-Lab-Key header (printed by drrunbook-cli lab).</source>
        <translation>Envoyez la clé de pilotage du labo dans l&apos;en-tête X-Lab-Key (affichée par drrunbook-cli lab).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use POST for lab control steps.</source>
        <translation>Utilisez POST pour les étapes de pilotage du labo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No appliance named &apos;%1&apos; in this lab: see GET /lab/state.</source>
        <translation>Aucune appliance nommée «&#xa0;%1&#xa0;» dans ce labo&#xa0;: voir GET /lab/state.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the product version, for example version=23.2.4.</source>
        <translation>Indiquez la version du produit, par exemple version=23.2.4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>role must be none, primary or backup.</source>
        <translation>role doit valoir none, primary ou backup.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown fault kind &apos;%1&apos;.</source>
        <translation>Type de panne inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown lab control step &apos;%1&apos;.</source>
        <translation>Étape de pilotage du labo inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The body is not a PKCS#12 file this password opens. Send the .p12 with its password in X-Lab-P12-Password, or use source=lab|factory.</source>
        <translation>Le corps n&apos;est pas un fichier PKCS#12 que ce mot de passe ouvre. Envoyez le .p12 avec son mot de passe dans X-Lab-P12-Password, ou utilisez source=lab|factory.</translation>
    </message>
</context>
<context>
    <name>dr::net::HttpResponseParser</name>
    <message>
        <location filename="../core/net/HttpResponseParser.cpp" line="+49"/>
        <source>a chunk-size line is too long</source>
        <translation>une ligne de taille de bloc est trop longue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>the status line and headers are larger than %1 bytes</source>
        <translation>la ligne d&apos;état et les en-têtes dépassent %1 octets</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the reply does not start with an HTTP/1.x status line</source>
        <translation>la réponse ne commence pas par une ligne d&apos;état HTTP/1.x</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the HTTP status line is malformed</source>
        <translation>la ligne d&apos;état HTTP est mal formée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an HTTP header line is malformed</source>
        <translation>une ligne d&apos;en-tête HTTP est mal formée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server switched protocols, which this client never asks for</source>
        <translation>le serveur a changé de protocole, ce que ce client ne demande jamais</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the Content-Length header is invalid</source>
        <translation>l&apos;en-tête Content-Length est invalide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the transfer coding &quot;%1&quot; is not supported</source>
        <translation>le codage de transfert « %1 » n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>a chunk size is malformed</source>
        <translation>une taille de bloc est mal formée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a chunk is longer than its size says</source>
        <translation>un bloc est plus long que sa taille annoncée</translation>
    </message>
</context>
<context>
    <name>dr::net::TlsContext</name>
    <message>
        <location filename="../core/net/TlsContext.cpp" line="+166"/>
        <source>No certificate or no private key to serve.</source>
        <translation>Aucun certificat ou aucune clé privée à présenter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate cannot be used: %1</source>
        <translation>Le certificat est inutilisable : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A chain certificate cannot be used: %1</source>
        <translation>Un certificat de la chaîne est inutilisable : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The private key cannot be used with this certificate: %1</source>
        <translation>La clé privée ne correspond pas à ce certificat ou est illisible : %1</translation>
    </message>
</context>
<context>
    <name>dr::net::TlsSocket</name>
    <message>
        <location filename="../core/net/TlsSocket.cpp" line="+96"/>
        <source>No TLS client context (OpenSSL could not create one).</source>
        <translation>Aucun contexte client TLS (OpenSSL n&apos;a pas pu en créer).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>OpenSSL could not start a TLS session: %1</source>
        <translation>OpenSSL n&apos;a pas pu ouvrir de session TLS : %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>TLS encryption failed: %1</source>
        <translation>Échec du chiffrement TLS : %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>the connection ended during the handshake</source>
        <translation>la connexion s&apos;est terminée pendant la négociation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>TLS handshake failed: %1</source>
        <translation>Échec de la négociation TLS : %1</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The TLS connection broke: %1</source>
        <translation>La connexion TLS s&apos;est rompue : %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the server closed the connection during the handshake</source>
        <translation>le serveur a fermé la connexion pendant la négociation</translation>
    </message>
</context>
<context>
    <name>dr::print</name>
    <message>
        <location filename="../core/print/ChecklistPdf.cpp" line="+32"/>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operator:</source>
        <translation>Opérateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incident #:</source>
        <translation>N° d&apos;incident&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started at:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished at:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[ ] tick when done. ( ) choose one answer. ____ write the value or the time. WARNING marks a step that can lose data or service. A printed copy is current only while its definition hash (page footer) matches the app&apos;s.</source>
        <translation>[ ] cocher une fois fait. ( ) choisir une réponse. ____ noter la valeur ou l&apos;heure. AVERTISSEMENT signale une étape qui peut faire perdre des données ou le service. Un exemplaire imprimé n&apos;est à jour que tant que son empreinte de définition (pied de page) correspond à celle de l&apos;application.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Disaster recovery binder</source>
        <translation>Classeur de reprise après sinistre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed %1 by drrunbook %2. Every page&apos;s footer names the scenario definition it was printed from: reprint when the app shows a different hash.</source>
        <translation>Imprimé le %1 par drrunbook %2. Le pied de chaque page indique la définition de scénario d&apos;où elle a été imprimée&#xa0;: réimprimez quand l&apos;application affiche une autre empreinte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vendor support: contacts, hours, holidays, severity, what to send</source>
        <translation>Support de l&apos;éditeur&#xa0;: contacts, horaires, jours fériés, gravité, quoi envoyer</translation>
    </message>
    <message>
        <location filename="../core/print/RunReportDocument.cpp" line="+46"/>
        <source>All times on %1, in %2.</source>
        <translation>Toutes les heures le %1, en %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All times in %1.</source>
        <translation>Toutes les heures en %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time spent</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>run %1, %2</source>
        <translation>exécution %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DRILL report: %1</source>
        <translation>Rapport d&apos;EXERCICE&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run report: %1</source>
        <translation>Rapport d&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/print/SupportPage.cpp" line="+48"/>
        <source> (next day)</source>
        <translation> (lendemain)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (day before)</source>
        <translation> (veille)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General email</source>
        <translation>E-mail général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMEA region</source>
        <translation>Région EMEA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APAC region</source>
        <translation>Région APAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support supervisor</source>
        <translation>Superviseur du support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support manager</source>
        <translation>Responsable du support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat, phone, incident form (24 hours a day)</source>
        <translation>Chat, téléphone, formulaire d&apos;incident (24 h sur 24)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product documentation</source>
        <translation>Documentation du produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your support telephone number</source>
        <translation>Votre numéro de téléphone du support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your customer login / contract number</source>
        <translation>Votre identifiant client / numéro de contrat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Severity Level 1: send a detailed email to %1 first, then telephone. While an incident is open, every email subject begins with &quot;Incident #&quot; and the number (e.g. Incident# 40100).</source>
        <translation>Niveau de gravité 1&#xa0;: envoyez d&apos;abord un e-mail détaillé à %1, puis téléphonez. Tant qu&apos;un incident est ouvert, l&apos;objet de chaque e-mail commence par «&#xa0;Incident #&#xa0;» suivi du numéro (par ex. Incident# 40100).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>2:00 AM to 7:00 PM US Central time (CST/CDT), Monday to Friday, except the holidays below. Incidents reported outside these hours are considered received at the beginning of the next business day. Response times count business hours only.</source>
        <translation>De 2 h à 19 h, heure US Central (CST/CDT), du lundi au vendredi, sauf les jours fériés ci-dessous. Les incidents signalés en dehors de ces heures sont réputés reçus au début du jour ouvré suivant. Les délais de réponse ne comptent que les heures ouvrées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Dates</translation>
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
        <translation>Votre heure (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Support closed on</source>
        <translation>Support fermé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holiday date</source>
        <translation>Date du jour férié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (weekend: observed on a weekday)</source>
        <translation> (week-end&#xa0;: reporté sur un jour de semaine)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basic description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reporting</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer response</source>
        <translation>Réponse du client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../core/print/SiteProfile.cpp" line="+43"/>
        <location line="+13"/>
        <source>The site file %1: %2</source>
        <translation>Le fichier du site %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>dr::print::ChecklistPdf</name>
    <message>
        <location filename="../core/print/ChecklistPdf.cpp" line="+34"/>
        <source>Checklist: %1</source>
        <translation>Liste de contrôle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Disaster recovery binder</source>
        <translation>Classeur de reprise après sinistre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONTENTS</source>
        <translation>SOMMAIRE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vendor support</source>
        <translation>Support de l&apos;éditeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SUPPORT</source>
        <translation>SUPPORT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scenario %1 cannot be expanded (%2); the binder was not written.</source>
        <translation>Le scénario %1 ne peut pas être développé (%2)&#xa0;; le classeur n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The table of contents changed length while its page numbers were filled in; please report this.</source>
        <translation>La table des matières a changé de longueur pendant le remplissage des numéros de page&#xa0;; merci de signaler ce problème.</translation>
    </message>
</context>
<context>
    <name>dr::print::PdfBook</name>
    <message>
        <location line="-108"/>
        <source>CHECKLIST</source>
        <translation>LISTE DE CONTRÔLE</translation>
    </message>
    <message>
        <location filename="../core/print/PdfBook.cpp" line="+226"/>
        <source>The PDF could not be written (is the disk full or the folder read-only?): %1</source>
        <translation>Le PDF n&apos;a pas pu être écrit (disque plein ou dossier en lecture seule&#xa0;?)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The pages could not be started: check that the printer is available, or that the file&apos;s folder can be written to.</source>
        <translation>Les pages n&apos;ont pas pu être commencées&#xa0;: vérifiez que l&apos;imprimante est disponible, ou que le dossier du fichier est accessible en écriture.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new page could not be started (page %1 of %2).</source>
        <translation>Une nouvelle page n&apos;a pas pu être commencée (page %1 sur %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The pages could not be finished (for a file: is the disk full?).</source>
        <translation>Les pages n&apos;ont pas pu être terminées (pour un fichier&#xa0;: disque plein&#xa0;?).</translation>
    </message>
    <message>
        <location filename="../core/print/RunReportDocument.cpp" line="+5"/>
        <source>DRILL</source>
        <translation>EXERCICE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RUN REPORT</source>
        <translation>RAPPORT D&apos;EXÉCUTION</translation>
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
        <translation>définition sha256:%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed %1</source>
        <translation>imprimé le %1</translation>
    </message>
</context>
<context>
    <name>dr::print::RunReportDocument</name>
    <message>
        <location filename="../core/print/RunReportDocument.cpp" line="+12"/>
        <source>DRILL</source>
        <translation>EXERCICE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This was a practice run against the drill lab, not a recovery of production.</source>
        <translation>Ceci était une exécution d&apos;entraînement contre le laboratoire d&apos;exercice, pas une reprise de la production.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: the run used version %1 of the scenario; this report shows the steps of version %2.</source>
        <translation>Remarque&#xa0;: l&apos;exécution a utilisé la version %1 du scénario&#xa0;; ce rapport montre les étapes de la version %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps in detail</source>
        <translation>Étapes en détail</translation>
    </message>
</context>
<context>
    <name>dr::print::SiteProfile</name>
    <message>
        <location filename="../core/print/SiteProfile.cpp" line="+69"/>
        <source>Site name, printed on every page</source>
        <translation>Nom du site, imprimé sur chaque page</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is a secret and is never printed: remove it from the site file.</source>
        <translation>«&#xa0;%1&#xa0;» est un secret et n&apos;est jamais imprimé&#xa0;: retirez-le du fichier du site.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot read the site file %1: %2.</source>
        <translation>Impossible de lire le fichier du site %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>dr::print::SupportPage</name>
    <message>
        <location filename="../core/print/SupportPage.cpp" line="+24"/>
        <source>Inquirer&apos;s name</source>
        <translation>Nom du demandeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the organization</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bomgar product version</source>
        <translation>Version du produit Bomgar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific error messages received</source>
        <translation>Messages d&apos;erreur exacts reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps for reproducing the issue</source>
        <translation>Étapes pour reproduire le problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions taken prior to the incident</source>
        <translation>Actions effectuées avant l&apos;incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes made to the Bomgar product|such as information about the network environment and workstation involved with the issue</source>
        <translation>Modifications apportées au produit Bomgar|par exemple l&apos;environnement réseau et le poste de travail concernés par le problème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length of time the issue has persisted</source>
        <translation>Depuis combien de temps le problème persiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system|if software-related</source>
        <translation>Système d&apos;exploitation|si lié au logiciel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned server roles|if server-related</source>
        <translation>Rôles de serveur attribués|si lié au serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log files</source>
        <translation>Fichiers journaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen shots</source>
        <translation>Captures d&apos;écran</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vendor support</source>
        <translation>Support de l&apos;éditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support hours %1</source>
        <translation>Heures de support %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays %1 (support closed)</source>
        <translation>Jours fériés %1 (support fermé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity levels</source>
        <translation>Niveaux de gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to send with an incident</source>
        <translation>Quoi envoyer avec un incident</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before submitting, document every change made to the appliance and the environment, and try to reproduce the incident if appropriate. Answer requests for more information within the customer response time, or the incident&apos;s priority is lowered.</source>
        <translation>Avant l&apos;envoi, documentez chaque modification apportée à l&apos;appliance et à l&apos;environnement, et essayez de reproduire l&apos;incident si c&apos;est pertinent. Répondez aux demandes d&apos;informations complémentaires dans le délai de réponse client, sinon la priorité de l&apos;incident est abaissée.</translation>
    </message>
</context>
<context>
    <name>dr::runbook</name>
    <message>
        <location filename="../core/runbook/PlanPrinter.cpp" line="+19"/>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1. Procedure: %2</source>
        <translation>%1. Procédure&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: (secret, do not write it here)</source>
        <translation>%1&#xa0;: (secret, ne pas l&apos;écrire ici)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: **%2** (site profile; cross out and correct if it changed)</source>
        <translation>%1&#xa0;: **%2** (profil du site&#xa0;; barrer et corriger s&apos;il a changé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: ______________________________</source>
        <translation>%1&#xa0;: ______________________________</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automated check (%1); without the tool, verify it by hand. Result: ______</source>
        <translation>Vérification automatique (%1)&#xa0;; sans l&apos;outil, vérifiez à la main. Résultat&#xa0;: ______</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only after %1 passed. %2</source>
        <translation>Seulement après la réussite de %1. %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(X) %1: go to %2 (site profile)</source>
        <translation>(X) %1&#xa0;: aller à %2 (profil du site)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>( ) %1: go to %2</source>
        <translation>( ) %1&#xa0;: aller à %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time: ____:____   Initials: ________</source>
        <translation>Heure&#xa0;: ____:____   Initiales&#xa0;: ________</translation>
    </message>
    <message>
        <location filename="../core/runbook/RunJournal.cpp" line="+21"/>
        <source>cannot write the run journal %1: %2; free disk space or choose another folder</source>
        <translation>impossible d&apos;écrire le journal d&apos;exécution %1&#xa0;: %2&#xa0;; libérez de l&apos;espace disque ou choisissez un autre dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot sync the run journal %1 to disk: %2; check the disk</source>
        <translation>impossible de synchroniser le journal d&apos;exécution %1 sur le disque&#xa0;: %2&#xa0;; vérifiez le disque</translation>
    </message>
    <message>
        <location filename="../core/runbook/RunReport.cpp" line="+22"/>
        <source>not reached</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <translation>passée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>DRILL: </source>
        <translation>EXERCICE&#xa0;: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run %1, scenario %2 version %3</source>
        <translation>Exécution %1, scénario %2 version %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator: %1</source>
        <translation>Opérateur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started: %1; finished: %2; outcome: %3</source>
        <translation>Début&#xa0;: %1&#xa0;; fin&#xa0;: %2&#xa0;; issue&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unfinished</source>
        <translation>inachevée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to recovery: %1</source>
        <translation>Délai de rétablissement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1. %2: %3 (%4)</source>
        <translation>%1. %2&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer: %1</source>
        <translation>Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secret value was entered (not recorded).</source>
        <translation>Une valeur secrète a été saisie (non enregistrée).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: %1</source>
        <translation>Passée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt %1 at %2: %3. %4 Evidence: %5</source>
        <translation>Tentative %1 à %2&#xa0;: %3. %4 Preuve&#xa0;: %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked before an interruption: re-verify.</source>
        <translation>Vérifiée avant une interruption&#xa0;: à revérifier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: %1</source>
        <translation>Refusée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action %1: %2</source>
        <translation>Action %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../core/runbook/ScenarioParser.cpp" line="+141"/>
        <source>record.type &quot;%1&quot; is unknown; use one of: %2</source>
        <translation>record.type «&#xa0;%1&#xa0;» est inconnu&#xa0;; utilisez l&apos;un de&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record.key &quot;%1&quot; must be lower case letters, digits and _</source>
        <translation>record.key «&#xa0;%1&#xa0;» ne doit contenir que des minuscules, des chiffres et _</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>check.kind &quot;%1&quot; is unknown; use one of: %2</source>
        <translation>check.kind «&#xa0;%1&#xa0;» est inconnu&#xa0;; utilisez l&apos;un de&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>check parameter &quot;%1&quot; is required for %2; add it</source>
        <translation>le paramètre de vérification «&#xa0;%1&#xa0;» est requis pour %2&#xa0;; ajoutez-le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check parameter &quot;%1&quot; is not used by %2; remove it</source>
        <translation>le paramètre de vérification «&#xa0;%1&#xa0;» n&apos;est pas utilisé par %2&#xa0;; retirez-le</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>action.kind &quot;%1&quot; is unknown; the only action is set_failover_role</source>
        <translation>action.kind «&#xa0;%1&#xa0;» est inconnu&#xa0;; la seule action est set_failover_role</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>action.role must be primary or backup</source>
        <translation>action.role doit valoir primary ou backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an action needs preconditions (ids of check steps); add them</source>
        <translation>une action a besoin de préconditions (identifiants d&apos;étapes de vérification)&#xa0;; ajoutez-les</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>action.confirmation must name the appliance with %1</source>
        <translation>action.confirmation doit nommer l&apos;appliance avec %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>decision.options must be an array of at least two options</source>
        <translation>decision.options doit être un tableau d&apos;au moins deux options</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>applies_to fact &quot;%1&quot; is unknown; use one of: %2</source>
        <translation>le fait applies_to «&#xa0;%1&#xa0;» est inconnu&#xa0;; utilisez l&apos;un de&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>applies_to %1 value &quot;%2&quot; is unknown; use one of: %3</source>
        <translation>la valeur «&#xa0;%2&#xa0;» de applies_to %1 est inconnue&#xa0;; utilisez l&apos;une de&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>applies_to %1 must be a non-empty array of values</source>
        <translation>applies_to %1 doit être un tableau de valeurs non vide</translation>
    </message>
</context>
<context>
    <name>dr::runbook::PlanPrinter</name>
    <message>
        <location filename="../core/runbook/PlanPrinter.cpp" line="+24"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only if %1.</source>
        <translation>Seulement si %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+26"/>
        <source>WARNING: </source>
        <translation>AVERTISSEMENT&#xa0;: </translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+27"/>
        <source>Note: </source>
        <translation>Remarque&#xa0;: </translation>
    </message>
</context>
<context>
    <name>dr::runbook::Reader</name>
    <message>
        <location filename="../core/runbook/ScenarioParser.cpp" line="-206"/>
        <source>: step &quot;%1&quot;</source>
        <translation>: étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown key &quot;%1%2&quot;; remove it or fix its spelling (allowed: %3)</source>
        <translation>clé inconnue «&#xa0;%1%2&#xa0;»&#xa0;; retirez-la ou corrigez son orthographe (autorisées&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+57"/>
        <source>&quot;%1&quot; is missing; add it</source>
        <translation>«&#xa0;%1&#xa0;» manque&#xa0;; ajoutez-le</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne non vide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>«&#xa0;%1&#xa0;» doit être un tableau de chaînes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; must contain only non-empty strings</source>
        <translation>«&#xa0;%1&#xa0;» ne doit contenir que des chaînes non vides</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be an object</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet</translation>
    </message>
</context>
<context>
    <name>dr::runbook::RecordValidator</name>
    <message>
        <location filename="../core/runbook/RecordValidator.cpp" line="+48"/>
        <source>Enter a value.</source>
        <translation>Saisissez une valeur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an IPv4 address; enter four numbers from 0 to 255 separated by dots, for example 192.0.2.10.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv4&#xa0;; saisissez quatre nombres de 0 à 255 séparés par des points, par exemple 192.0.2.10.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a subnet mask; enter it as four numbers, for example 255.255.0.0.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un masque de sous-réseau&#xa0;; saisissez-le sous forme de quatre nombres, par exemple 255.255.0.0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid subnet mask (its bits must be contiguous ones followed by zeros); enter one such as 255.255.255.0.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un masque de sous-réseau valide (ses bits doivent être des uns contigus suivis de zéros)&#xa0;; saisissez-en un comme 255.255.255.0.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a fully qualified domain name; enter the host name with its domain, for example support.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine complet&#xa0;; saisissez le nom d&apos;hôte avec son domaine, par exemple support.example.com.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is neither a host name nor an IPv4 address; enter for example support.example.com or 192.0.2.10.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un nom d&apos;hôte ni une adresse IPv4&#xa0;; saisissez par exemple support.example.com ou 192.0.2.10.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; does not look like an appliance serial number (4 to 32 letters, digits or -, with at least one digit); copy it from the /appliance Status page.</source>
        <translation>«&#xa0;%1&#xa0;» ne ressemble pas à un numéro de série d&apos;appliance (4 à 32 lettres, chiffres ou -, avec au moins un chiffre)&#xa0;; copiez-le depuis la page Status de /appliance.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not an incident number; enter the number Support gave you, for example 40100 or Incident# 40100.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro d&apos;incident&#xa0;; saisissez le numéro donné par le support, par exemple 40100 ou Incident# 40100.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a web address; enter it with https://, for example https://169.254.1.1/appliance/login.ns.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web&#xa0;; saisissez-la avec https://, par exemple https://169.254.1.1/appliance/login.ns.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an email address; enter it as name@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail&#xa0;; saisissez-la sous la forme nom@example.com.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a product version; enter X.Y or X.Y.Z, for example 15.2.2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une version de produit&#xa0;; saisissez X.Y ou X.Y.Z, par exemple 15.2.2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown value type.</source>
        <translation>Type de valeur inconnu.</translation>
    </message>
</context>
<context>
    <name>dr::runbook::RunEngine</name>
    <message>
        <location filename="../core/runbook/RunEngine.cpp" line="+47"/>
        <source>This run cannot start: no valid scenario, or it has started already.</source>
        <translation>Cette exécution ne peut pas démarrer&#xa0;: aucun scénario valide, ou elle a déjà commencé.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This engine is already running a scenario; open the journal in a new one.</source>
        <translation>Ce moteur exécute déjà un scénario&#xa0;; ouvrez le journal dans un nouveau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no run that can be resumed; start a new run instead.</source>
        <translation>%1 ne contient aucune exécution pouvant reprendre&#xa0;; commencez plutôt une nouvelle exécution.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run in %1 has finished (%2); nothing to resume.</source>
        <translation>L&apos;exécution de %1 est terminée (%2)&#xa0;; rien à reprendre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a run of scenario &quot;%2&quot;, not of &quot;%3&quot;; open it with its own scenario.</source>
        <translation>%1 est une exécution du scénario «&#xa0;%2&#xa0;», pas de «&#xa0;%3&#xa0;»&#xa0;; ouvrez-la avec son propre scénario.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was started with version %2 of scenario &quot;%3&quot; (definition %4); this program has version %5 (definition %6), whose steps differ, so the run cannot be continued here safely. Finish it with the program version that started it, or start a new run and carry on from where you are; the journal stays readable for the run report.</source>
        <translation>%1 a été commencée avec la version %2 du scénario «&#xa0;%3&#xa0;» (définition %4)&#xa0;; ce programme a la version %5 (définition %6), dont les étapes diffèrent, l&apos;exécution ne peut donc pas être poursuivie ici en sécurité. Terminez-la avec la version du programme qui l&apos;a commencée, ou commencez une nouvelle exécution et reprenez là où vous en êtes&#xa0;; le journal reste lisible pour le rapport d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Does not apply: %1 is %2.</source>
        <translation>Ne s&apos;applique pas&#xa0;: %1 est %2.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The run has no current step (it has finished or not started).</source>
        <translation>L&apos;exécution n&apos;a pas d&apos;étape en cours (elle est terminée ou n&apos;a pas commencé).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/runbook/RunEngineGuarded.cpp" line="+215"/>
        <source>A check or action is still running; wait for its result.</source>
        <translation>Une vérification ou une action est encore en cours&#xa0;; attendez son résultat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The current step &quot;%1&quot; is a %2 step, not a %3 step.</source>
        <translation>L&apos;étape en cours «&#xa0;%1&#xa0;» est une étape %2, pas une étape %3.</translation>
    </message>
    <message>
        <location filename="../core/runbook/RunEngineGuarded.cpp" line="-157"/>
        <source>the result of step %1</source>
        <translation>le résultat de l&apos;étape %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot run the check: %1 not recorded yet (or entered before a restart); go back and record it.</source>
        <translation>Impossible de lancer la vérification&#xa0;: %1 pas encore saisi (ou saisi avant un redémarrage)&#xa0;; revenez en arrière et saisissez-le.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The current step is not an action.</source>
        <translation>L&apos;étape en cours n&apos;est pas une action.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The appliance to change is not known: record %1 first.</source>
        <translation>L&apos;appliance à modifier n&apos;est pas connue&#xa0;: saisissez d&apos;abord %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Precondition &quot;%1&quot; has not been checked; run it.</source>
        <translation>La précondition «&#xa0;%1&#xa0;» n&apos;a pas été vérifiée&#xa0;; lancez-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precondition &quot;%1&quot; was checked before the restart; run it again (a role may have changed meanwhile).</source>
        <translation>La précondition «&#xa0;%1&#xa0;» a été vérifiée avant le redémarrage&#xa0;; relancez-la (un rôle a pu changer entre-temps).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Precondition &quot;%1&quot; did not pass; promoting now could make two primaries.</source>
        <translation>La précondition «&#xa0;%1&#xa0;» a échoué&#xa0;; promouvoir maintenant pourrait créer deux appliances principales.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No confirmation: type the name of the appliance (%1) to confirm.</source>
        <translation>Pas de confirmation&#xa0;: tapez le nom de l&apos;appliance (%1) pour confirmer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The confirmation names &quot;%1&quot;, but this action changes &quot;%2&quot;; type the right name.</source>
        <translation>La confirmation nomme «&#xa0;%1&#xa0;», mais cette action modifie «&#xa0;%2&#xa0;»&#xa0;; tapez le bon nom.</translation>
    </message>
    <message>
        <location filename="../core/runbook/RunEngineInput.cpp" line="+19"/>
        <source>Nothing to continue: the run has finished, or a check is still running.</source>
        <translation>Rien à poursuivre&#xa0;: l&apos;exécution est terminée, ou une vérification est encore en cours.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run the check first.</source>
        <translation>Lancez d&apos;abord la vérification.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check did not pass. Run it again, or skip the step and say why.</source>
        <translation>La vérification a échoué. Relancez-la, ou passez l&apos;étape en indiquant pourquoi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The action has not succeeded. Execute it, or skip the step and say why.</source>
        <translation>L&apos;action n&apos;a pas réussi. Exécutez-la, ou passez l&apos;étape en indiquant pourquoi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the value this step asks for.</source>
        <translation>Saisissez la valeur demandée par cette étape.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one of the answers.</source>
        <translation>Choisissez l&apos;une des réponses.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This value is secret; enter it through the secret field so it is never stored.</source>
        <translation>Cette valeur est secrète&#xa0;; saisissez-la dans le champ secret pour qu&apos;elle ne soit jamais enregistrée.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This value is not secret; enter it as a normal value.</source>
        <translation>Cette valeur n&apos;est pas secrète&#xa0;; saisissez-la comme valeur normale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a value.</source>
        <translation>Saisissez une valeur.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not one of the answers: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des réponses&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing to skip: the run has finished, or a check is still running.</source>
        <translation>Rien à passer&#xa0;: l&apos;exécution est terminée, ou une vérification est encore en cours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A decision cannot be skipped; choose the answer that fits.</source>
        <translation>Une décision ne peut pas être passée&#xa0;; choisissez la réponse qui convient.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why this step is skipped; the reason goes into the run report.</source>
        <translation>Indiquez pourquoi cette étape est passée&#xa0;; la raison figure dans le rapport d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write the note first (and start the run).</source>
        <translation>Écrivez d&apos;abord la note (et démarrez l&apos;exécution).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the name of the operator taking over.</source>
        <translation>Saisissez le nom de l&apos;opérateur qui prend le relais.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no run in progress to abort.</source>
        <translation>Aucune exécution en cours à interrompre.</translation>
    </message>
</context>
<context>
    <name>dr::runbook::RunJournal</name>
    <message>
        <location filename="../core/runbook/RunJournal.cpp" line="+25"/>
        <source>cannot create the run journal %1: %2; choose a writable folder or remove the old file</source>
        <translation>impossible de créer le journal d&apos;exécution %1&#xa0;: %2&#xa0;; choisissez un dossier accessible en écriture ou supprimez l&apos;ancien fichier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open the run journal %1 to continue the run: %2</source>
        <translation>impossible d&apos;ouvrir le journal d&apos;exécution %1 pour poursuivre l&apos;exécution&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot repair the end of the run journal %1: %2</source>
        <translation>impossible de réparer la fin du journal d&apos;exécution %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the run journal is not open</source>
        <translation>le journal d&apos;exécution n&apos;est pas ouvert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the run journal %1: %2; free disk space or choose another folder</source>
        <translation>impossible d&apos;écrire le journal d&apos;exécution %1&#xa0;: %2&#xa0;; libérez de l&apos;espace disque ou choisissez un autre dossier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the run journal %1: %2</source>
        <translation>impossible de lire le journal d&apos;exécution %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: line %2 was cut off by a crash and is ignored (%3 bytes)</source>
        <translation>%1&#xa0;: la ligne %2 a été coupée par un plantage et est ignorée (%3 octets)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: line %2 is damaged and was skipped; the run record may miss an event there</source>
        <translation>%1&#xa0;: la ligne %2 est endommagée et a été ignorée&#xa0;; il peut manquer un événement à cet endroit</translation>
    </message>
</context>
<context>
    <name>dr::runbook::RunReport</name>
    <message numerus="yes">
        <location filename="../core/runbook/RunReport.cpp" line="-31"/>
        <source>Resumed %n time(s) after an interruption.</source>
        <translation>
            <numerusform>Reprise %n fois après une interruption.</numerusform>
            <numerusform>Reprise %n fois après des interruptions.</numerusform>
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
        <translation>%1&#xa0;: aucun fichier de scénario (*.json) trouvé&#xa0;; vérifiez l&apos;installation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1&#xa0;: illisible (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: id &quot;%2&quot; is already used by another file; ids must be unique</source>
        <translation>%1&#xa0;: l&apos;identifiant «&#xa0;%2&#xa0;» est déjà utilisé par un autre fichier&#xa0;; les identifiants doivent être uniques</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: step &quot;%2&quot;: include &quot;%3&quot; is not a known procedure; fix the id</source>
        <translation>%1&#xa0;: étape «&#xa0;%2&#xa0;»&#xa0;: include «&#xa0;%3&#xa0;» n&apos;est pas une procédure connue&#xa0;; corrigez l&apos;identifiant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: step &quot;%2&quot;: include &quot;%3&quot; is a scenario; only procedures can be included</source>
        <translation>%1&#xa0;: étape «&#xa0;%2&#xa0;»&#xa0;: include «&#xa0;%3&#xa0;» est un scénario&#xa0;; seules les procédures peuvent être incluses</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>no scenario &quot;%1&quot;; choose one of the listed scenarios</source>
        <translation>pas de scénario «&#xa0;%1&#xa0;»&#xa0;; choisissez l&apos;un des scénarios listés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: step &quot;%2&quot;: ${%3} is never recorded in scenario &quot;%4&quot;; add a record step for it</source>
        <translation>%1&#xa0;: étape «&#xa0;%2&#xa0;»&#xa0;: ${%3} n&apos;est jamais saisi dans le scénario «&#xa0;%4&#xa0;»&#xa0;; ajoutez une étape de saisie pour lui</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: step &quot;%2&quot;: include &quot;%3&quot; cannot be resolved</source>
        <translation>%1&#xa0;: étape «&#xa0;%2&#xa0;»&#xa0;: include «&#xa0;%3&#xa0;» ne peut pas être résolu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: step &quot;%2&quot;: include &quot;%3&quot; includes itself (%4); break the cycle</source>
        <translation>%1&#xa0;: étape «&#xa0;%2&#xa0;»&#xa0;: include «&#xa0;%3&#xa0;» s&apos;inclut lui-même (%4)&#xa0;; cassez le cycle</translation>
    </message>
</context>
<context>
    <name>dr::runbook::ScenarioParser</name>
    <message>
        <location filename="../core/runbook/ScenarioParser.cpp" line="+141"/>
        <source>%1: not valid JSON at offset %2 (%3); fix the syntax</source>
        <translation>%1&#xa0;: JSON non valide à la position %2 (%3)&#xa0;; corrigez la syntaxe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>schema %1 is not supported; this build reads schema %2</source>
        <translation>le schéma %1 n&apos;est pas pris en charge&#xa0;; cette version lit le schéma %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kind must be &quot;scenario&quot; or &quot;procedure&quot;</source>
        <translation>kind doit valoir &quot;scenario&quot; ou &quot;procedure&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>id &quot;%1&quot; must be lower case letters, digits and _</source>
        <translation>l&apos;identifiant «&#xa0;%1&#xa0;» ne doit contenir que des minuscules, des chiffres et _</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;steps&quot; must be a non-empty array</source>
        <translation>&quot;steps&quot; doit être un tableau non vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;id&quot; must be lower case letters, digits and _</source>
        <translation>&quot;id&quot; ne doit contenir que des minuscules, des chiffres et _</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate step id; step ids must be unique in a file</source>
        <translation>identifiant d&apos;étape en double&#xa0;; les identifiants d&apos;étape doivent être uniques dans un fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kind &quot;%1&quot; is unknown; use one of: %2</source>
        <translation>kind «&#xa0;%1&#xa0;» est inconnu&#xa0;; utilisez l&apos;un de&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is only allowed on %1 steps</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est autorisé que sur les étapes %1</translation>
    </message>
</context>
<context>
    <name>dr::runbook::ScenarioValidator</name>
    <message>
        <location filename="../core/runbook/ScenarioValidator.cpp" line="+85"/>
        <source>%1: step &quot;%2&quot;: %3</source>
        <translation>%1&#xa0;: étape «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>next &quot;%1&quot; is not a step of this file; fix the id</source>
        <translation>next «&#xa0;%1&#xa0;» n&apos;est pas une étape de ce fichier&#xa0;; corrigez l&apos;identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next points at the step itself</source>
        <translation>next pointe vers l&apos;étape elle-même</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unbalanced ** label markup in &quot;%1&quot;; close every **label**</source>
        <translation>balisage ** de libellé déséquilibré dans «&#xa0;%1&#xa0;»&#xa0;; fermez chaque **label**</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a decision goes where its options say; remove &quot;next&quot;</source>
        <translation>une décision va là où ses options l&apos;indiquent&#xa0;; retirez &quot;next&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>option value &quot;%1&quot; appears twice</source>
        <translation>la valeur d&apos;option «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>option &quot;%1&quot; targets &quot;%2&quot;, which is not a step of this file</source>
        <translation>l&apos;option «&#xa0;%1&#xa0;» vise «&#xa0;%2&#xa0;», qui n&apos;est pas une étape de ce fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>option &quot;%1&quot; is not a value of fact %2</source>
        <translation>l&apos;option «&#xa0;%1&#xa0;» n&apos;est pas une valeur du fait %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decision.fact &quot;%1&quot; is unknown</source>
        <translation>decision.fact «&#xa0;%1&#xa0;» est inconnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from_check &quot;%1&quot; must be an earlier check step of this file</source>
        <translation>from_check «&#xa0;%1&#xa0;» doit être une étape de vérification antérieure de ce fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a decision on a check has exactly the options &quot;passed&quot; and &quot;failed&quot;</source>
        <translation>une décision sur une vérification a exactement les options &quot;passed&quot; et &quot;failed&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>precondition &quot;%1&quot; must be an earlier check step of this file</source>
        <translation>la précondition «&#xa0;%1&#xa0;» doit être une étape de vérification antérieure de ce fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>baseline_step &quot;%1&quot; must be an earlier connected_count check of this file</source>
        <translation>baseline_step «&#xa0;%1&#xa0;» doit être une vérification connected_count antérieure de ce fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no path from the first step reaches this step; add a target to it or remove it</source>
        <translation>aucun chemin depuis la première étape n&apos;atteint cette étape&#xa0;; donnez-lui une cible ou retirez-la</translation>
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
        <translation>Faites des captures de la page&#xa0;: adresses IP et masques de chaque carte réseau, passerelle par défaut, serveurs DNS et nom d&apos;hôte. Ces réglages ne peuvent pas être restaurés automatiquement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default gateway</source>
        <translation>Passerelle par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS servers</source>
        <translation>Serveurs DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NTP servers</source>
        <translation>Serveurs NTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Static Routes</source>
        <translation>Static Routes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If static routes are used, capture the page; otherwise mark it not used.</source>
        <translation>Si des routes statiques sont utilisées, capturez la page&#xa0;; sinon marquez-la comme non utilisée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes (one per line: network/mask via gateway)</source>
        <translation>Routes (une par ligne&#xa0;: réseau/masque via passerelle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNMP</source>
        <translation>SNMP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If SNMP is used, capture the page; otherwise mark it not used.</source>
        <translation>Si SNMP est utilisé, capturez la page&#xa0;; sinon marquez-la comme non utilisée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNMP version</source>
        <translation>Version SNMP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks allowed to query</source>
        <translation>Réseaux autorisés à interroger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syslog</source>
        <translation>Syslog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the appliance sends logs to a syslog server, note the server&apos;s hostname and/or IP and its message format.</source>
        <translation>Si l&apos;appliance envoie ses journaux à un serveur syslog, notez le nom d&apos;hôte et/ou l&apos;IP du serveur et son format de message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syslog server (hostname or IP)</source>
        <translation>Serveur syslog (nom d&apos;hôte ou IP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message format</source>
        <translation>Format de message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email Configuration (SMTP)</source>
        <translation>Email Configuration (SMTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the appliance sends email (certificate expiration reminders, admin alerts), capture the page: it is separate from the /login email settings.</source>
        <translation>Si l&apos;appliance envoie des e-mails (rappels d&apos;expiration de certificat, alertes d&apos;administration), capturez la page&#xa0;: elle est distincte des réglages e-mail de /login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP relay</source>
        <translation>Relais SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>Adresse d&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin contact addresses</source>
        <translation>Adresses de contact des administrateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSL/TLS Configuration</source>
        <translation>SSL/TLS Configuration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If SSL/TLS was customised (protocols, ciphers), capture the page.</source>
        <translation>Si SSL/TLS a été personnalisé (protocoles, suites de chiffrement), capturez la page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled protocols</source>
        <translation>Protocoles activés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cipher suites</source>
        <translation>Suites de chiffrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance Administration</source>
        <translation>Appliance Administration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If there are special user account, network or port restrictions, capture the page.</source>
        <translation>S&apos;il existe des restrictions particulières de comptes utilisateur, de réseau ou de ports, capturez la page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account, network and port restrictions</source>
        <translation>Restrictions de comptes, de réseau et de ports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/appliance Prerequisite Login Agreement</source>
        <translation>/appliance Prerequisite Login Agreement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a login agreement is configured, capture a screenshot and copy its text.</source>
        <translation>Si un accord de connexion est configuré, faites une capture d&apos;écran et copiez son texte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement text</source>
        <translation>Texte de l&apos;accord</translation>
    </message>
    <message>
        <location filename="../core/site/SiteFile.cpp" line="+33"/>
        <source>The site file</source>
        <translation>Le fichier du site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The site file %1</source>
        <translation>Le fichier du site %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not valid JSON (%2 at byte %3): fix it, or restore the previous version (.bak).</source>
        <translation>%1 n&apos;est pas du JSON valide (%2 à l&apos;octet %3)&#xa0;: corrigez-le, ou restaurez la version précédente (.bak).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must hold one JSON object in braces { }: fix it, or restore the previous version (.bak).</source>
        <translation>%1 doit contenir un objet JSON entre accolades { }&#xa0;: corrigez-le, ou restaurez la version précédente (.bak).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read the site file %1: %2. Check the path and the permissions.</source>
        <translation>Impossible de lire le fichier du site %1&#xa0;: %2. Vérifiez le chemin et les droits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site file %1 is larger than 16 MiB: it is not a site profile. Choose the right file.</source>
        <translation>Le fichier du site %1 dépasse 16 Mio&#xa0;: ce n&apos;est pas un profil de site. Choisissez le bon fichier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot save %1: the folder does not exist. Create it or choose another place.</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: le dossier n&apos;existe pas. Créez-le ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save %1: the current file cannot be read (%2), so its previous version could not be kept. Check the permissions.</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: le fichier actuel est illisible (%2), sa version précédente n&apos;a donc pas pu être conservée. Vérifiez les droits.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saving over %1: it was written by a newer version of Appliance DR Runbook and would lose what this version does not understand. Save under another name.</source>
        <translation>%1 n&apos;est pas écrasé&#xa0;: il a été écrit par une version plus récente d&apos;Appliance DR Runbook et perdrait ce que cette version ne comprend pas. Enregistrez-le sous un autre nom.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save %1. Nothing was changed: keeping its previous version failed. %2</source>
        <translation>Impossible d&apos;enregistrer %1. Rien n&apos;a été modifié&#xa0;: la conservation de la version précédente a échoué. %2</translation>
    </message>
    <message>
        <location filename="../core/site/SiteMigration.cpp" line="+36"/>
        <source>a version 1 site file holds text values only; put this value in quotes.</source>
        <translation>un fichier de site de version 1 ne contient que des valeurs texte&#xa0;; mettez cette valeur entre guillemets.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>must be a whole number such as %1; correct it.</source>
        <translation>doit être un nombre entier comme %1&#xa0;; corrigez-le.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is version %1, newer than this program understands (%2): update Appliance DR Runbook before opening it, so nothing in it is lost.</source>
        <translation>le fichier est en version %1, plus récente que ce que ce programme comprend (%2)&#xa0;: mettez Appliance DR Runbook à jour avant de l&apos;ouvrir, pour ne rien perdre.</translation>
    </message>
    <message>
        <location filename="../core/site/SiteProfileJson.cpp" line="+27"/>
        <source>unknown key, kept as it is; if it is a typo, correct it.</source>
        <translation>clé inconnue, conservée telle quelle&#xa0;; s&apos;il s&apos;agit d&apos;une faute de frappe, corrigez-la.</translation>
    </message>
    <message>
        <location filename="../core/site/SiteConnection.cpp" line="+22"/>
        <source>appliance &quot;%1&quot; has neither an fqdn nor an api.url: record its host name in the site profile.</source>
        <translation>l&apos;appliance «&#xa0;%1&#xa0;» n&apos;a ni fqdn ni api.url&#xa0;: enregistrez son nom d&apos;hôte dans le profil du site.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>appliance &quot;%1&quot;: %2</source>
        <translation>appliance «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>appliance &quot;%1&quot;: api.pin_sha256 is not a SHA-256 fingerprint (64 hex digits); correct it in the site profile.</source>
        <translation>appliance «&#xa0;%1&#xa0;»&#xa0;: api.pin_sha256 n&apos;est pas une empreinte SHA-256 (64 chiffres hexadécimaux)&#xa0;; corrigez-la dans le profil du site.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>appliance &quot;%1&quot;: api.ca_file: %2</source>
        <translation>appliance «&#xa0;%1&#xa0;»&#xa0;: api.ca_file&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no API account: add one under api_accounts in the site profile, or set DRRUNBOOK_CLIENT_ID</source>
        <translation>pas de compte API&#xa0;: ajoutez-en un sous api_accounts dans le profil du site, ou définissez DRRUNBOOK_CLIENT_ID</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the keychain has no secret for %1 at %2 (store it with: drrunbook-cli secret store --url %3 --client-id %1)</source>
        <translation>le trousseau n&apos;a pas de secret pour %1 sur %2 (enregistrez-le avec&#xa0;: drrunbook-cli secret store --url %3 --client-id %1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the keychain has no backup password for %1</source>
        <translation>le trousseau n&apos;a pas de mot de passe de sauvegarde pour %1</translation>
    </message>
</context>
<context>
    <name>dr::site::Checker</name>
    <message>
        <location filename="../core/site/SiteValidator.cpp" line="+41"/>
        <source>&quot;%1&quot; is not allowed; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas autorisé&#xa0;; utilisez l&apos;une de ces valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an IP address; write it like 192.0.2.10 or 2001:db8::10.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP&#xa0;; écrivez-la comme 192.0.2.10 ou 2001:db8::10.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file %1 does not exist; put it beside the profile or correct the name.</source>
        <translation>le fichier %1 n&apos;existe pas&#xa0;; placez-le à côté du profil ou corrigez le nom.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no appliance is recorded; add at least the primary appliance.</source>
        <translation>aucune appliance n&apos;est enregistrée&#xa0;; ajoutez au moins l&apos;appliance principale.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is empty; give the site a name (it is printed on every checklist).</source>
        <translation>est vide&#xa0;; donnez un nom au site (il est imprimé sur chaque liste de contrôle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is empty; record the public site address, e.g. support.example.com.</source>
        <translation>est vide&#xa0;; enregistrez l&apos;adresse publique du site, par ex. support.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a host name; write it like support.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte&#xa0;; écrivez-le comme support.example.com.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is empty; name the appliance (e.g. primary, backup, master-a).</source>
        <translation>est vide&#xa0;; nommez l&apos;appliance (par ex. primary, backup, master-a).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is already the name of appliances[%2]; give each appliance its own name.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà le nom de appliances[%2]&#xa0;; donnez à chaque appliance son propre nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not recorded; choose one of: %1.</source>
        <translation>n&apos;est pas enregistré&#xa0;; choisissez l&apos;une de ces valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is empty; record the appliance&apos;s host name (e.g. support-a.example.com) to reach it.</source>
        <translation>est vide&#xa0;; enregistrez le nom d&apos;hôte de l&apos;appliance (par ex. support-a.example.com) pour la joindre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a host name; write it like support-a.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte&#xa0;; écrivez-le comme support-a.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not recorded; copy it from the appliance&apos;s /appliance Status page (RMA and support need it).</source>
        <translation>n&apos;est pas enregistré&#xa0;; copiez-le depuis la page Status de /appliance de l&apos;appliance (le RMA et le support en ont besoin).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not recorded; say how traffic moves to the backup: %1.</source>
        <translation>n&apos;est pas enregistré&#xa0;; indiquez comment le trafic passe à l&apos;appliance de secours&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be at least 1 second; copy the value from Management &gt; Failover.</source>
        <translation>doit être d&apos;au moins 1 seconde&#xa0;; reprenez la valeur de Management &gt; Failover.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an appliance address; write it as https://HOST or https://HOST:PORT.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse d&apos;appliance&#xa0;; écrivez-la https://HOST ou https://HOST:PORT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a SHA-256 fingerprint: 64 hex digits, colons allowed.</source>
        <translation>doit être une empreinte SHA-256&#xa0;: 64 chiffres hexadécimaux, deux-points autorisés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either ca_file or pin_sha256, not both.</source>
        <translation>indiquez ca_file ou pin_sha256, pas les deux.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is empty; write the interface name (e.g. eth0).</source>
        <translation>est vide&#xa0;; écrivez le nom de l&apos;interface (par ex. eth0).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a netmask; write it like 255.255.255.0 or 24.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un masque réseau&#xa0;; écrivez-le comme 255.255.255.0 ou 24.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a MAC address; write it like 00:1a:2b:3c:4d:5e.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse MAC&#xa0;; écrivez-la comme 00:1a:2b:3c:4d:5e.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>record the appliance version, serial, base software version and system time from the /appliance Status page: the saved screenshots are named with them.</source>
        <translation>enregistrez la version de l&apos;appliance, le numéro de série, la version du logiciel de base et l&apos;heure système depuis la page Status de /appliance&#xa0;: les captures enregistrées sont nommées avec.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not captured yet: %1 (%2), or mark it not_used.</source>
        <translation>pas encore capturé&#xa0;: %1 (%2), ou marquez-le not_used.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is marked captured but has no screenshot, value or note; attach the screenshot.</source>
        <translation>est marqué capturé mais n&apos;a ni capture, ni valeur, ni note&#xa0;; joignez la capture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write down the syslog server&apos;s hostname or IP.</source>
        <translation>notez le nom d&apos;hôte ou l&apos;IP du serveur syslog.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not named as the guide asks (version, serial, base software version, system time); rename it to %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas nommé comme le demande le guide (version, numéro de série, version du logiciel de base, heure système)&#xa0;; renommez-le en %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>appliances[%1] is already the primary; a failover pair has one primary: record this one as backup.</source>
        <translation>appliances[%1] est déjà la principale&#xa0;; une paire de basculement a une seule principale&#xa0;: enregistrez celle-ci comme secours.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a backup appliance is recorded but no primary; record the primary.</source>
        <translation>une appliance de secours est enregistrée mais pas de principale&#xa0;; enregistrez la principale.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is empty; name the appliance that is the primary master.</source>
        <translation>est vide&#xa0;; nommez l&apos;appliance maître principale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>&quot;%1&quot; is not the name of a recorded appliance; add it under appliances or correct the name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas le nom d&apos;une appliance enregistrée&#xa0;; ajoutez-la sous appliances ou corrigez le nom.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>no traffic node is recorded; list them by appliance name.</source>
        <translation>aucun nœud de trafic n&apos;est enregistré&#xa0;; listez-les par nom d&apos;appliance.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is empty; write who to call.</source>
        <translation>est vide&#xa0;; indiquez qui appeler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an email address; write it like name@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail&#xa0;; écrivez-la comme nom@example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has neither phone nor email; add one so the contact can be reached.</source>
        <translation>n&apos;a ni téléphone ni e-mail&#xa0;; ajoutez-en un pour que le contact soit joignable.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is empty; copy the client ID from /login &gt; Management &gt; API Configuration.</source>
        <translation>est vide&#xa0;; copiez l&apos;ID client depuis /login &gt; Management &gt; API Configuration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is listed twice; keep one entry per API account.</source>
        <translation>«&#xa0;%1&#xa0;» est listé deux fois&#xa0;; gardez une entrée par compte API.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is empty; write where the .p12 certificate backup is kept (Security &gt; Certificates &gt; Export).</source>
        <translation>est vide&#xa0;; indiquez où est conservée la sauvegarde de certificat .p12 (Security &gt; Certificates &gt; Export).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is empty; record the certificate&apos;s SHA-256 fingerprint (drrunbook-cli cert inspect FILE.p12).</source>
        <translation>est vide&#xa0;; enregistrez l&apos;empreinte SHA-256 du certificat (drrunbook-cli cert inspect FILE.p12).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a SHA-256 fingerprint: 64 hex digits, colons allowed; copy it from drrunbook-cli cert inspect.</source>
        <translation>doit être une empreinte SHA-256&#xa0;: 64 chiffres hexadécimaux, deux-points autorisés&#xa0;; copiez-la depuis drrunbook-cli cert inspect.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is empty; choose the folder scheduled .nsb backups go to.</source>
        <translation>est vide&#xa0;; choisissez le dossier des sauvegardes .nsb planifiées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not the name of a recorded appliance; correct it or leave it empty for the primary.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas le nom d&apos;une appliance enregistrée&#xa0;; corrigez-le ou laissez-le vide pour la principale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not one of api_accounts; add that account or correct the client ID.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de api_accounts&#xa0;; ajoutez ce compte ou corrigez l&apos;ID client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no appliance is recorded as primary; name the appliance to back up from.</source>
        <translation>aucune appliance n&apos;est enregistrée comme principale&#xa0;; nommez l&apos;appliance à sauvegarder.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>secrets never go in the site file: remove it and keep it in the keychain (drrunbook-cli secret store).</source>
        <translation>les secrets ne vont jamais dans le fichier du site&#xa0;: retirez-le et gardez-le dans le trousseau (drrunbook-cli secret store).</translation>
    </message>
</context>
<context>
    <name>dr::site::Reader</name>
    <message>
        <location filename="../core/site/SiteProfileJson.cpp" line="+13"/>
        <source>must be an object in braces { }; correct the entry (it was ignored).</source>
        <translation>doit être un objet entre accolades { }&#xa0;; corrigez l&apos;entrée (elle a été ignorée).</translation>
    </message>
</context>
<context>
    <name>dr::site::SiteProfile</name>
    <message>
        <location filename="../core/site/SiteProfile.cpp" line="+31"/>
        <source>B200 hardware appliance</source>
        <translation>Appliance matérielle B200</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B300 hardware appliance</source>
        <translation>Appliance matérielle B300</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B400 hardware appliance</source>
        <translation>Appliance matérielle B400</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VMware virtual appliance</source>
        <translation>Appliance virtuelle VMware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyper-V virtual appliance</source>
        <translation>Appliance virtuelle Hyper-V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud appliance</source>
        <translation>Appliance Cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor-hosted site</source>
        <translation>Site hébergé par l&apos;éditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Secours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No failover</source>
        <translation>Pas de basculement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared IP</source>
        <translation>IP partagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS swing</source>
        <translation>Bascule DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAT swing</source>
        <translation>Bascule NAT</translation>
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
        <translation>Pas encore capturé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>Capturé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used on this appliance</source>
        <translation>Non utilisé sur cette appliance</translation>
    </message>
</context>
<context>
    <name>dr::site::detail::JsonFields</name>
    <message>
        <location filename="../core/site/JsonFields.cpp" line="+49"/>
        <source>must be %1; correct the value in the file (it was ignored).</source>
        <translation>doit être %1&#xa0;; corrigez la valeur dans le fichier (elle a été ignorée).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>text in quotes</source>
        <translation>du texte entre guillemets</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a list of texts, like [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>une liste de textes, comme [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be text in quotes; correct the value in the file (it was ignored).</source>
        <translation>doit être du texte entre guillemets&#xa0;; corrigez la valeur dans le fichier (elle a été ignorée).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>true or false (without quotes)</source>
        <translation>true ou false (sans guillemets)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a whole number from %1 to %2 (without quotes)</source>
        <translation>un nombre entier de %1 à %2 (sans guillemets)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a date and time; write it as ISO 8601, e.g. 2026-11-20T10:15:00Z.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure&#xa0;; écrivez-la en ISO 8601, par ex. 2026-11-20T10:15:00Z.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an object in braces { }</source>
        <translation>un objet entre accolades { }</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a list in brackets [ ]</source>
        <translation>une liste entre crochets [ ]</translation>
    </message>
</context>
<context>
    <name>dr::support::Holidays</name>
    <message>
        <location filename="../core/support/Holidays.cpp" line="+15"/>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l&apos;An</translation>
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
        <translation>Vendredi saint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memorial Day</source>
        <translation>Memorial Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Independence Day</source>
        <translation>Independence Day (fête nationale américaine)</translation>
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
        <translation>Lendemain de Thanksgiving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Christmas Eve</source>
        <translation>Veille de Noël</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (observed)</source>
        <translation>%1 (jour reporté)</translation>
    </message>
</context>
<context>
    <name>dr::support::IncidentComposer</name>
    <message>
        <location filename="../core/support/IncidentComposer.cpp" line="+34"/>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
    <message>
        <location line="+14"/>
        <source>(not provided)</source>
        <translation>(non fourni)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity requested</source>
        <translation>Gravité demandée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inquirer&apos;s Name</source>
        <translation>Nom du demandeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the organization</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bomgar product version</source>
        <translation>Version du produit Bomgar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific error messages received</source>
        <translation>Messages d&apos;erreur exacts reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps for reproducing the issue</source>
        <translation>Étapes pour reproduire le problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions taken prior to the incident</source>
        <translation>Actions effectuées avant l&apos;incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes made to the Bomgar product</source>
        <translation>Modifications apportées au produit Bomgar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of time the issue has persisted</source>
        <translation>Depuis combien de temps le problème persiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned server roles</source>
        <translation>Rôles de serveur attribués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log files (attached)</source>
        <translation>Fichiers journaux (joints)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen shots (attached)</source>
        <translation>Captures d&apos;écran (jointes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send this email to %1 now, then telephone Bomgar Support and give the subject line.</source>
        <translation>Envoyez cet e-mail à %1 maintenant, puis téléphonez au support Bomgar en donnant l&apos;objet du message.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once Bomgar Support gives an incident number, record it: every later email must begin its subject with &quot;Incident# N&quot;.</source>
        <translation>Dès que le support Bomgar donne un numéro d&apos;incident, saisissez-le&#xa0;: l&apos;objet de chaque e-mail suivant doit commencer par «&#xa0;Incident# N&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Attach the %n listed file(s); a mailto: link cannot carry attachments, save an .eml file instead.</source>
        <translation>
            <numerusform>Joignez le fichier listé (%n)&#xa0;; un lien mailto: ne peut pas transporter de pièces jointes, enregistrez plutôt un fichier .eml.</numerusform>
            <numerusform>Joignez les %n fichiers listés&#xa0;; un lien mailto: ne peut pas transporter de pièces jointes, enregistrez plutôt un fichier .eml.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::support::MailWriter</name>
    <message>
        <location filename="../core/support/MailWriter.cpp" line="+190"/>
        <source>Cannot read the attachment %1: %2. Check that the file exists and is readable, or remove it from the list.</source>
        <translation>Impossible de lire la pièce jointe %1&#xa0;: %2. Vérifiez que le fichier existe et est lisible, ou retirez-le de la liste.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot write the email file %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire le fichier e-mail %1&#xa0;: %2. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>dr::support::ReleaseTable</name>
    <message>
        <location filename="../core/support/ReleaseTable.cpp" line="+48"/>
        <source>The release table is not valid JSON (%1). Fix the file or start again from the built-in example.</source>
        <translation>La table des versions n&apos;est pas du JSON valide (%1). Corrigez le fichier ou repartez de l&apos;exemple intégré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The release table entry &quot;%1&quot; needs a version like 23.2 and a GA date like 2023-07-18. Correct it.</source>
        <translation>L&apos;entrée «&#xa0;%1&#xa0;» de la table des versions a besoin d&apos;une version comme 23.2 et d&apos;une date de disponibilité comme 2023-07-18. Corrigez-la.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read the release table %1: %2. Check the path.</source>
        <translation>Impossible de lire la table des versions %1&#xa0;: %2. Vérifiez le chemin.</translation>
    </message>
</context>
<context>
    <name>dr::support::RestoreCompatibility</name>
    <message>
        <location filename="../core/support/RestoreCompatibility.cpp" line="+35"/>
        <source>The backup (%1) and the site (%2) have the same version: the restore is supported.</source>
        <translation>La sauvegarde (%1) et le site (%2) ont la même version&#xa0;: la restauration est prise en charge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: the backup (%1) is newer than the site (%2). Restoring a backup from a newer version onto an older one causes major issues and is not supported. Update the site to %1 first (ask Bomgar Support for the /login site update).</source>
        <translation>Refusé&#xa0;: la sauvegarde (%1) est plus récente que le site (%2). Restaurer une sauvegarde d&apos;une version plus récente sur une plus ancienne cause des problèmes majeurs et n&apos;est pas pris en charge. Mettez d&apos;abord le site à jour en %1 (demandez au support Bomgar la mise à jour du site /login).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site version %1 lists %2 as a supported upgrade version: restoring this backup is supported.</source>
        <translation>La version de site %1 liste %2 comme version de mise à niveau prise en charge&#xa0;: la restauration de cette sauvegarde est prise en charge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %2 is not listed as a supported upgrade version of the site version %1. Restoring this backup can cause unexpected issues and/or data loss. Check the release notes of %1 (www.bomgar.com/changelog) and add %2 to your supported-upgrade list if they name it, or ask Bomgar Support to put the site on a version that supports it.</source>
        <translation>Avertissement&#xa0;: %2 n&apos;est pas listée comme version de mise à niveau prise en charge de la version de site %1. Restaurer cette sauvegarde peut causer des problèmes inattendus et/ou une perte de données. Consultez les notes de version de %1 (www.bomgar.com/changelog) et ajoutez %2 à votre liste de mises à niveau prises en charge si elles la mentionnent, ou demandez au support Bomgar de passer le site à une version qui la prend en charge.</translation>
    </message>
</context>
<context>
    <name>dr::support::RmaComposer</name>
    <message>
        <location filename="../core/support/RmaComposer.cpp" line="+58"/>
        <source>Enter the contact name.</source>
        <translation>Saisissez le nom du contact.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the contact email address.</source>
        <translation>Saisissez l&apos;adresse e-mail du contact.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the contact phone number.</source>
        <translation>Saisissez le numéro de téléphone du contact.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the shipping address.</source>
        <translation>Saisissez l&apos;adresse de livraison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the country the appliance is in (two-letter code, e.g. US).</source>
        <translation>Saisissez le pays où se trouve l&apos;appliance (code à deux lettres, par ex. FR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the appliance serial number.</source>
        <translation>Saisissez le numéro de série de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose repair and return (up to four weeks) or replacement with new hardware: Bomgar Support asks this first for international shipments.</source>
        <translation>Choisissez réparation et retour (jusqu&apos;à quatre semaines) ou remplacement par du matériel neuf&#xa0;: le support Bomgar le demande en premier pour les envois internationaux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A replacement shipped internationally may incur VAT fees: send Bomgar Support documented consent to pay them, then tick the consent.</source>
        <translation>Un remplacement expédié à l&apos;international peut entraîner des frais de TVA&#xa0;: envoyez au support Bomgar un accord écrit pour les payer, puis cochez l&apos;accord.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hard disk drive</source>
        <translation>disque dur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>power supply</source>
        <translation>alimentation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>other hardware problem</source>
        <translation>autre problème matériel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not provided)</source>
        <translation>(non fourni)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RMA request: %1 serial %2</source>
        <translation>Demande de RMA&#xa0;: %1 n° de série %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance model</source>
        <translation>Modèle d&apos;appliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance serial number</source>
        <translation>Numéro de série de l&apos;appliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not applicable)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed part</source>
        <translation>Pièce défaillante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field Replaceable Unit (%1)</source>
        <translation>Field Replaceable Unit (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full RMA of the entire appliance</source>
        <translation>RMA complet de l&apos;appliance entière</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair and return: the appliance is returned to Bomgar temporarily and shipped back after repair (up to four weeks).</source>
        <translation>Réparation et retour&#xa0;: l&apos;appliance est renvoyée temporairement à Bomgar et réexpédiée après réparation (jusqu&apos;à quatre semaines).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replacement: the appliance is returned to Bomgar permanently and replaced with new hardware.</source>
        <translation>Remplacement&#xa0;: l&apos;appliance est renvoyée définitivement à Bomgar et remplacée par du matériel neuf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We consent to the payment of any VAT fees incurred by this process.</source>
        <translation>Nous acceptons de payer les éventuels frais de TVA engendrés par cette procédure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(to be confirmed)</source>
        <translation>(à confirmer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>International shipment</source>
        <translation>Envoi international</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A Field Replaceable Unit can be issued: B300 and B400 hard disk drives and power supplies.</source>
        <translation>Une Field Replaceable Unit peut être fournie&#xa0;: disques durs et alimentations des B300 et B400.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A full RMA of the entire appliance applies: Field Replaceable Units exist only for hard disk drives and power supplies of B300 and B400 appliances.</source>
        <translation>Un RMA complet de l&apos;appliance entière s&apos;applique&#xa0;: les Field Replaceable Units n&apos;existent que pour les disques durs et alimentations des appliances B300 et B400.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replacements for Ireland and the European Union usually ship from Bomgar&apos;s inventory in Ireland; no VAT fees are expected.</source>
        <translation>Les remplacements pour l&apos;Irlande et l&apos;Union européenne partent en général du stock de Bomgar en Irlande&#xa0;; aucun frais de TVA n&apos;est attendu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The replacement may incur VAT fees: documented consent to pay them must be sent to Bomgar Support.</source>
        <translation>Le remplacement peut entraîner des frais de TVA&#xa0;: un accord écrit pour les payer doit être envoyé au support Bomgar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside the United States, Bomgar gives its DHL account number to schedule a pickup, or arranges WEEE scrapping of the old appliance.</source>
        <translation>Hors des États-Unis, Bomgar donne son numéro de compte DHL pour organiser un enlèvement, ou fait mettre au rebut l&apos;ancienne appliance selon la directive DEEE (WEEE).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the United States, Bomgar sends a return shipping label.</source>
        <translation>Aux États-Unis, Bomgar envoie une étiquette de retour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return the defective appliance within two weeks of the new appliance becoming operational: outstanding appliances are invoiced at list price.</source>
        <translation>Renvoyez l&apos;appliance défectueuse dans les deux semaines suivant la mise en service de la nouvelle&#xa0;: les appliances non restituées sont facturées au prix catalogue.</translation>
    </message>
</context>
<context>
    <name>dr::support::RmaReminders</name>
    <message>
        <location filename="../core/support/RmaReminders.cpp" line="+91"/>
        <source>The RMA reminders in %1 cannot be read (%2): check the file&apos;s permissions.</source>
        <translation>Les rappels RMA de %1 sont illisibles (%2)&#xa0;: vérifiez les droits du fichier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The RMA reminders in %1 are damaged (%2): restore the file from a backup or move it away to start a new list.</source>
        <translation>Les rappels RMA de %1 sont endommagés (%2)&#xa0;: restaurez le fichier depuis une sauvegarde ou déplacez-le pour commencer une nouvelle liste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An RMA reminder in %1 is incomplete (no id or no operational date): restore the file from a backup or move it away to start a new list.</source>
        <translation>Un rappel RMA de %1 est incomplet (pas d&apos;identifiant ou pas de date de mise en service)&#xa0;: restaurez le fichier depuis une sauvegarde ou déplacez-le pour commencer une nouvelle liste.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The RMA reminders in %1 could not be read, so they are not written over: fix or move the file first.</source>
        <translation>Les rappels RMA de %1 n&apos;ont pas pu être lus, ils ne sont donc pas écrasés&#xa0;: réparez ou déplacez d&apos;abord le fichier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 cannot be created: choose a folder you can write to.</source>
        <translation>Le dossier %1 ne peut pas être créé&#xa0;: choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The RMA reminders could not be saved to %1 (%2): check the disk space and the folder&apos;s permissions.</source>
        <translation>Les rappels RMA n&apos;ont pas pu être enregistrés dans %1 (%2)&#xa0;: vérifiez l&apos;espace disque et les droits du dossier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the defective appliance&apos;s serial number and the date the new appliance became operational.</source>
        <translation>Saisissez le numéro de série de l&apos;appliance défectueuse et la date de mise en service de la nouvelle.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That RMA reminder is no longer in the list (another window may have changed it): reload the list.</source>
        <translation>Ce rappel RMA n&apos;est plus dans la liste (une autre fenêtre l&apos;a peut-être modifié)&#xa0;: rechargez la liste.</translation>
    </message>
</context>
<context>
    <name>dr::support::Severity</name>
    <message>
        <location filename="../core/support/Severity.cpp" line="+44"/>
        <source>Severity Level %1</source>
        <translation>Niveau de gravité %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Production system down and inoperable. The issue cannot be solved by a restart, a bypass, or a workaround.</source>
        <translation>Système de production arrêté et inutilisable. Le problème ne peut être résolu ni par un redémarrage, ni par un contournement, ni par une solution de rechange.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Production system is operational but impacted due to issue with documented product functionality. Workaround exists for core product functionality.</source>
        <translation>Système de production opérationnel mais affecté par un problème de fonctionnalité documentée du produit. Une solution de rechange existe pour la fonctionnalité principale du produit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cosmetic impairment. Limited impact to use of system. No immediate resolution required. Request for enhancements. Request for general information.</source>
        <translation>Défaut esthétique. Impact limité sur l&apos;utilisation du système. Aucune résolution immédiate requise. Demande d&apos;amélioration. Demande d&apos;information générale.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Severity Level 1 must be documented by email and followed up by a telephone call: the guide recommends a detailed email to support@bomgar.com followed by a telephone call. Maximum target time for First Response and for Customer Response is 30 minutes (business hours).</source>
        <translation>Le niveau de gravité 1 doit être documenté par e-mail puis suivi d&apos;un appel téléphonique&#xa0;: le guide recommande un e-mail détaillé à support@bomgar.com suivi d&apos;un appel. Délai cible maximal de First Response et de Customer Response&#xa0;: 30 minutes (heures ouvrées).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity Level 2 must be reported by email to document the issue and may be followed up by telephone. Maximum target time for First Response and for Customer Response is 24 hours (business hours).</source>
        <translation>Le niveau de gravité 2 doit être signalé par e-mail pour documenter le problème et peut être suivi d&apos;un appel. Délai cible maximal de First Response et de Customer Response&#xa0;: 24 heures (heures ouvrées).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Severity Level 3 must be reported by email. Maximum target time for First Response is 24 hours (business hours).</source>
        <translation>Le niveau de gravité 3 doit être signalé par e-mail. Délai cible maximal de First Response&#xa0;: 24 heures (heures ouvrées).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Production system down and inoperable, and no restart, bypass or workaround solves it: Severity Level 1.</source>
        <translation>Système de production arrêté et inutilisable, et aucun redémarrage, contournement ni solution de rechange n&apos;y remédie&#xa0;: niveau de gravité 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Production system runs thanks to a restart, bypass or workaround but is impacted: Severity Level 2.</source>
        <translation>Le système de production tourne grâce à un redémarrage, un contournement ou une solution de rechange mais reste affecté&#xa0;: niveau de gravité 2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Production system is operational but impacted, and a workaround exists: Severity Level 2.</source>
        <translation>Système de production opérationnel mais affecté, et une solution de rechange existe&#xa0;: niveau de gravité 2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cosmetic impairment, enhancement request or request for general information: Severity Level 3.</source>
        <translation>Défaut esthétique, demande d&apos;amélioration ou demande d&apos;information générale&#xa0;: niveau de gravité 3.</translation>
    </message>
</context>
<context>
    <name>dr::support::SupportedUpgrades</name>
    <message>
        <location filename="../core/support/SupportedUpgrades.cpp" line="+39"/>
        <source>The supported-upgrade list is not valid JSON (%1). Fix the file or start a new one.</source>
        <translation>La liste des mises à niveau prises en charge n&apos;est pas du JSON valide (%1). Corrigez le fichier ou commencez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The supported-upgrade list has an entry with the target &quot;%1&quot;, which is not a version like 23.2.4. Correct it.</source>
        <translation>La liste des mises à niveau prises en charge a une entrée de cible «&#xa0;%1&#xa0;», qui n&apos;est pas une version comme 23.2.4. Corrigez-la.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The supported-upgrade list names &quot;%1&quot; as an upgrade source of %2, which is not a version like 23.1 or 22.3.2. Correct it.</source>
        <translation>La liste des mises à niveau prises en charge donne «&#xa0;%1&#xa0;» comme source de mise à niveau de %2, ce qui n&apos;est pas une version comme 23.1 ou 22.3.2. Corrigez-la.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the supported-upgrade list %1: %2. Check the path.</source>
        <translation>Impossible de lire la liste des mises à niveau prises en charge %1&#xa0;: %2. Vérifiez le chemin.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot save the supported-upgrade list %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d&apos;enregistrer la liste des mises à niveau prises en charge %1&#xa0;: %2. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>dr::ui::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="+35"/>
        <source>About Appliance DR Runbook</source>
        <translation>À propos d&apos;Appliance DR Runbook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appliance DR Runbook %1</source>
        <translation>Appliance DR Runbook %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guided disaster recovery and drills for BeyondTrust (formerly Bomgar) Remote Support and Privileged Remote Access appliances. The procedures follow the vendor&apos;s disaster-recovery guide.</source>
        <translation>Reprise après sinistre guidée et exercices pour les appliances BeyondTrust (anciennement Bomgar) Remote Support et Privileged Remote Access. Les procédures suivent le guide de reprise après sinistre de l&apos;éditeur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licences</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;py versions</source>
        <translation>Co&amp;pier les versions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the versions to the clipboard, for a support call or a bug report.</source>
        <translation>Copier les versions dans le presse-papiers, pour un appel au support ou un rapport de bogue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Application:</source>
        <translation>Application&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenSSL:</source>
        <translation>OpenSSL&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available: certificate backups written by older exporters (RC2-40, 3DES) can be read.</source>
        <translation>Disponible&#xa0;: les sauvegardes de certificat écrites par d&apos;anciens outils d&apos;export (RC2-40, 3DES) sont lisibles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT available: certificate backups written by older exporters (RC2-40, 3DES) cannot be read. Install OpenSSL&apos;s legacy provider module or set OPENSSL_MODULES to its folder, then restart. (%1)</source>
        <translation>NON disponible&#xa0;: les sauvegardes de certificat écrites par d&apos;anciens outils d&apos;export (RC2-40, 3DES) sont illisibles. Installez le module du fournisseur legacy d&apos;OpenSSL ou définissez OPENSSL_MODULES sur son dossier, puis redémarrez. (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OpenSSL legacy provider:</source>
        <translation>Fournisseur legacy d&apos;OpenSSL&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider modules:</source>
        <translation>Modules de fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporting a problem or calling support? &quot;Copy versions&quot; puts these lines on the clipboard.</source>
        <translation>Vous signalez un problème ou appelez le support&#xa0;? «&#xa0;Copier les versions&#xa0;» place ces lignes dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Licences and third-party notices</source>
        <translation>Licences et mentions des logiciels tiers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;&lt;b&gt;Appliance DR Runbook&lt;/b&gt;&lt;br&gt;Copyright © 2026 the Appliance DR Runbook authors. The licence of the application is named in the LICENSE.txt file that comes with it.&lt;/p&gt;&lt;p&gt;BeyondTrust, Bomgar, Remote Support and Privileged Remote Access are trademarks of BeyondTrust Corporation. This application is not made or endorsed by BeyondTrust.&lt;/p&gt;&lt;h3&gt;Third-party software&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Qt %1&lt;/b&gt; (Core, Gui, Widgets, Network, PrintSupport), © The Qt Company Ltd. and other contributors, used under the GNU Lesser General Public License version 3 (LGPL-3.0). Qt&apos;s source code is available from &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;; you may replace the Qt libraries this application uses with your own build.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt;, © The OpenSSL Project Authors, used under the Apache License 2.0 (&lt;a href=&quot;https://www.openssl.org/source/license.html&quot;&gt;openssl.org/source/license.html&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt;, © Frank Osterfeld and contributors, used under the BSD 3-Clause License (&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;github.com/frankosterfeld/qtkeychain&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;The application&apos;s icon was drawn for this project.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Appliance DR Runbook&lt;/b&gt;&lt;br&gt;Copyright © 2026 les auteurs d&apos;Appliance DR Runbook. La licence de l&apos;application est indiquée dans le fichier LICENSE.txt fourni avec elle.&lt;/p&gt;&lt;p&gt;BeyondTrust, Bomgar, Remote Support et Privileged Remote Access sont des marques de BeyondTrust Corporation. Cette application n&apos;est ni réalisée ni approuvée par BeyondTrust.&lt;/p&gt;&lt;h3&gt;Logiciels tiers&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Qt %1&lt;/b&gt; (Core, Gui, Widgets, Network, PrintSupport), © The Qt Company Ltd. et autres contributeurs, utilisé sous la GNU Lesser General Public License version 3 (LGPL-3.0). Le code source de Qt est disponible sur &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;&#xa0;; vous pouvez remplacer les bibliothèques Qt utilisées par cette application par votre propre compilation.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt;, © The OpenSSL Project Authors, utilisé sous l&apos;Apache License 2.0 (&lt;a href=&quot;https://www.openssl.org/source/license.html&quot;&gt;openssl.org/source/license.html&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt;, © Frank Osterfeld et contributeurs, utilisé sous la BSD 3-Clause License (&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;github.com/frankosterfeld/qtkeychain&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;L&apos;icône de l&apos;application a été dessinée pour ce projet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dr::ui::ActionPage</name>
    <message>
        <location filename="../ui/ActionPage.cpp" line="+22"/>
        <source>&amp;Make it primary now</source>
        <translation>La rendre pri&amp;ncipale maintenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Change the role now</source>
        <translation>C&amp;hanger le rôle maintenant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;This cannot be undone from here.&lt;/b&gt; %1&lt;br&gt;Role after the change: &lt;b&gt;%2&lt;/b&gt; on &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Ceci ne peut pas être annulé d&apos;ici.&lt;/b&gt; %1&lt;br&gt;Rôle après le changement&#xa0;: &lt;b&gt;%2&lt;/b&gt; sur &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the appliance name to confirm</source>
        <translation>Tapez le nom de l&apos;appliance pour confirmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type %1 to confirm:</source>
        <translation>T&amp;apez %1 pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;Checks before the change:&lt;/b&gt; all passed just now.</source>
        <translation>&lt;b&gt;Vérifications avant le changement&#xa0;:&lt;/b&gt; toutes réussies à l&apos;instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Not allowed yet:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pas encore autorisé&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Changing the role of %1 … waiting for the appliance to answer.</source>
        <translation>Changement du rôle de %1 … en attente de la réponse de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;Done.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Terminé.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;The role was not changed.&lt;/b&gt; %1 Find out why (the dashboard shows each appliance&apos;s role), then confirm again, or skip the step and say why.</source>
        <translation>&lt;b&gt;Le rôle n&apos;a pas été changé.&lt;/b&gt; %1 Cherchez pourquoi (le tableau de bord montre le rôle de chaque appliance), puis confirmez à nouveau, ou passez l&apos;étape en indiquant pourquoi.</translation>
    </message>
</context>
<context>
    <name>dr::ui::BackupDownloadPanel</name>
    <message>
        <location filename="../ui/BackupDownloadPanel.cpp" line="+36"/>
        <source>Download a backup now from the appliance</source>
        <translation>Télécharger maintenant une sauvegarde depuis l&apos;appliance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appliance address</source>
        <translation>Adresse de l&apos;appliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://support.example.com</source>
        <translation>https://support.example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to trust the appliance&apos;s certificate</source>
        <translation>Comment faire confiance au certificat de l&apos;appliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAs trusted by this computer</source>
        <translation>CA approuvées par cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This CA certificate file</source>
        <translation>Ce fichier de certificat de CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exactly this certificate (SHA-256)</source>
        <translation>Exactement ce certificat (SHA-256)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate file (PEM or DER)</source>
        <translation>Fichier de certificat de CA (PEM ou DER)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier de certificat de CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate</source>
        <translation>Certificat de CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 fingerprint of the appliance&apos;s certificate</source>
        <translation>Empreinte SHA-256 du certificat de l&apos;appliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AB:CD:… (64 hex digits)</source>
        <translation>AB:CD:… (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API client ID</source>
        <translation>ID client API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API client secret</source>
        <translation>Secret client API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: taken from the system keychain</source>
        <translation>vide&#xa0;: pris dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup password</source>
        <translation>Mot de passe de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the backup is not password-protected</source>
        <translation>vide&#xa0;: la sauvegarde n&apos;est pas protégée par mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the typed client secret in the system keychain</source>
        <translation>&amp;Garder le secret client saisi dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the typed client secret in the system keychain after a successful download</source>
        <translation>Garder le secret client saisi dans le trousseau du système après un téléchargement réussi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Download now</source>
        <translation>&amp;Télécharger maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download a backup from the appliance now</source>
        <translation>Télécharger maintenant une sauvegarde depuis l&apos;appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel download</source>
        <translation>&amp;Annuler le téléchargement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the download; nothing is kept</source>
        <translation>Annuler le téléchargement&#xa0;; rien n&apos;est conservé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust the certificate the appliance presented</source>
        <translation>Faire confiance au certificat présenté par l&apos;appliance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Appliance &amp;URL:</source>
        <translation>&amp;URL de l&apos;appliance&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Trust:</source>
        <translation>C&amp;onfiance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API c&amp;lient ID:</source>
        <translation>ID c&amp;lient API&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup pass&amp;word:</source>
        <translation>&amp;Mot de passe de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The appliance URL cannot be used.</source>
        <translation>L&apos;URL de l&apos;appliance n&apos;est pas utilisable.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CA certificate file cannot be used.</source>
        <translation>Le fichier de certificat de CA n&apos;est pas utilisable.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The fingerprint is not a SHA-256.</source>
        <translation>L&apos;empreinte n&apos;est pas un SHA-256.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the 64 hexadecimal digits of the certificate&apos;s SHA-256 fingerprint (colons and spaces are allowed).</source>
        <translation>Tapez les 64 chiffres hexadécimaux de l&apos;empreinte SHA-256 du certificat (deux-points et espaces autorisés).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No backup folder.</source>
        <translation>Pas de dossier de sauvegarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder the backups are kept in first.</source>
        <translation>Choisissez d&apos;abord le dossier où sont conservées les sauvegardes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No API client ID.</source>
        <translation>Pas d&apos;ID client API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the client ID of the API account (/login &gt; Management &gt; API Configuration).</source>
        <translation>Tapez l&apos;ID client du compte API (/login &gt; Management &gt; API Configuration).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Looking up the client secret in the system keychain…</source>
        <translation>Recherche du secret client dans le trousseau du système…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the API client secret.</source>
        <translation>Tapez le secret client API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain holds no secret for this client ID and appliance.</source>
        <translation>Le trousseau du système ne contient aucun secret pour cet ID client et cette appliance.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading a backup from %1…</source>
        <translation>Téléchargement d&apos;une sauvegarde depuis %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file appears in the list only once it has arrived whole.</source>
        <translation>Le fichier n&apos;apparaît dans la liste qu&apos;une fois arrivé entier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+27"/>
        <source>Download cancelled.</source>
        <translation>Téléchargement annulé.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Downloaded %1 (%2).</source>
        <translation>%1 téléchargé (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 %1, written beside it as %2.</source>
        <translation>SHA-256 %1, écrit à côté sous %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was kept: no partial file is left in the folder.</source>
        <translation>Rien n&apos;a été conservé&#xa0;: aucun fichier partiel ne reste dans le dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup could not be downloaded.</source>
        <translation>La sauvegarde n&apos;a pas pu être téléchargée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was kept under the backup&apos;s name.</source>
        <translation>Rien n&apos;a été conservé sous le nom de la sauvegarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trust this certificate: SHA-256 %1</source>
        <translation>&amp;Faire confiance à ce certificat&#xa0;: SHA-256 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if it is the fingerprint the appliance shows in /appliance &gt; Security &gt; Certificates. Subject: %1</source>
        <translation>Seulement s&apos;il s&apos;agit de l&apos;empreinte affichée par l&apos;appliance dans /appliance &gt; Security &gt; Certificates. Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The client secret is now in the system keychain.</source>
        <translation>Le secret client est maintenant dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client secret was not kept: %1</source>
        <translation>Le secret client n&apos;a pas été conservé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The appliance&apos;s certificate is now pinned.</source>
        <translation>Le certificat de l&apos;appliance est maintenant épinglé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the certificate with SHA-256 %1 is accepted. Press Download now again.</source>
        <translation>Seul le certificat de SHA-256 %1 est accepté. Appuyez à nouveau sur «&#xa0;Télécharger maintenant&#xa0;».</translation>
    </message>
</context>
<context>
    <name>dr::ui::BackupListModel</name>
    <message numerus="yes">
        <location filename="../ui/BackupListModel.cpp" line="+97"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>less than an hour</source>
        <translation>moins d&apos;une heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STALE: %1</source>
        <translation>PÉRIMÉE&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not verified yet</source>
        <translation>pas encore vérifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verifying…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified %1…</source>
        <translation>vérifiée %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DAMAGED: SHA-256 differs</source>
        <translation>ENDOMMAGÉE&#xa0;: le SHA-256 diffère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no .sha256 file</source>
        <translation>pas de fichier .sha256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UNREADABLE</source>
        <translation>ILLISIBLE</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>type a target version</source>
        <translation>tapez une version cible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version unknown</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK: same version</source>
        <translation>OK&#xa0;: même version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK: supported upgrade</source>
        <translation>OK&#xa0;: mise à niveau prise en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RISK: upgrade not listed</source>
        <translation>RISQUE&#xa0;: mise à niveau non listée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NO: newer than the target</source>
        <translation>NON&#xa0;: plus récente que la cible</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore onto target</source>
        <translation>Restauration sur la cible</translation>
    </message>
</context>
<context>
    <name>dr::ui::BackupManager</name>
    <message>
        <location filename="../ui/BackupManager.cpp" line="+27"/>
        <source>Backups (.nsb)</source>
        <translation>Sauvegardes (.nsb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup manager</source>
        <translation>Gestionnaire de sauvegardes</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+129"/>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the folder again</source>
        <translation>Relister le dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version of the site the backup will be restored onto</source>
        <translation>Version du site sur lequel la sauvegarde sera restaurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 23.2.4 (/login &gt; Status)</source>
        <translation>par ex. 23.2.4 (/login &gt; Status)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A backup older than this many days is stale</source>
        <translation>Une sauvegarde plus ancienne que ce nombre de jours est périmée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backups in the folder</source>
        <translation>Sauvegardes du dossier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Verify again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash every backup again and compare with its .sha256 file</source>
        <translation>Recalculer l&apos;empreinte de chaque sauvegarde et la comparer à son fichier .sha256</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Dossier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore onto &amp;version:</source>
        <translation>Restaurer sur la vers&amp;ion&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Stale after:</source>
        <translation>Périm&amp;ée après&#xa0;:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not a version: type it as X.Y or X.Y.Z, e.g. 23.2.4</source>
        <translation>Pas une version&#xa0;: tapez-la sous la forme X.Y ou X.Y.Z, par ex. 23.2.4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the folder your /login backups are kept in.</source>
        <translation>Choisissez le dossier où sont conservées vos sauvegardes /login.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path, or that the network share is mounted.</source>
        <translation>Vérifiez le chemin, ou que le partage réseau est monté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No backup in this folder.</source>
        <translation>Aucune sauvegarde dans ce dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download one now (below) and keep downloading them on a schedule.</source>
        <translation>Téléchargez-en une maintenant (ci-dessous) et continuez à les télécharger selon un calendrier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The newest backup is stale (%1 old).</source>
        <translation>La sauvegarde la plus récente est périmée (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a backup now, and before every upgrade.</source>
        <translation>Téléchargez une sauvegarde maintenant, et avant chaque mise à niveau.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n backup(s) are damaged.</source>
        <translation>
            <numerusform>%n sauvegarde est endommagée.</numerusform>
            <numerusform>%n sauvegardes sont endommagées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not restore them; download a fresh backup.</source>
        <translation>Ne les restaurez pas&#xa0;; téléchargez une sauvegarde récente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest backup is %1 old.</source>
        <translation>La sauvegarde la plus récente date de %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SHA-256: no .sha256 file</source>
        <translation>SHA-256&#xa0;: pas de fichier .sha256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 (from the .sha256 file): %1</source>
        <translation>SHA-256 (du fichier .sha256)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check: %1</source>
        <translation>Vérification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::CertComparePanel</name>
    <message>
        <location filename="../ui/CertComparePanel.cpp" line="+17"/>
        <source>Compare with the appliance</source>
        <translation>Comparer avec l&apos;appliance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appliance address to connect to</source>
        <translation>Adresse de l&apos;appliance à laquelle se connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support.example.com or 192.0.2.10</source>
        <translation>support.example.com ou 192.0.2.10</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTPS port</source>
        <translation>Port HTTPS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name sent to the appliance (SNI)</source>
        <translation>Nom envoyé à l&apos;appliance (SNI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the appliance&apos;s FQDN</source>
        <translation>le FQDN de l&apos;appliance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seconds to wait for the appliance</source>
        <translation>Secondes d&apos;attente de l&apos;appliance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpare with appliance</source>
        <translation>Co&amp;mparer avec l&apos;appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the appliance and compare its certificate with the backup</source>
        <translation>Se connecter à l&apos;appliance et comparer son certificat avec la sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel comparison</source>
        <translation>Annuler la comparaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop connecting to the appliance</source>
        <translation>Arrêter la connexion à l&apos;appliance</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appliance &amp;address:</source>
        <translation>&amp;Adresse de l&apos;appliance&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name sent (SNI):</source>
        <translation>&amp;Nom envoyé (SNI)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Wait at most:</source>
        <translation>A&amp;ttendre au plus&#xa0;:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Connecting to %1:%2…</source>
        <translation>Connexion à %1:%2…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Waiting at most %n second(s) for the TLS handshake.</source>
        <translation>
            <numerusform>Attente de la négociation TLS pendant au plus %n seconde.</numerusform>
            <numerusform>Attente de la négociation TLS pendant au plus %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comparison cancelled.</source>
        <translation>Comparaison annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was compared. Press &quot;Compare with appliance&quot; to try again.</source>
        <translation>Rien n&apos;a été comparé. Appuyez sur «&#xa0;Comparer avec l&apos;appliance&#xa0;» pour réessayer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The appliance serves the certificate of this backup.</source>
        <translation>L&apos;appliance sert le certificat de cette sauvegarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The right certificate, but the appliance does not serve its whole chain.</source>
        <translation>Le bon certificat, mais l&apos;appliance ne sert pas toute sa chaîne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The appliance serves a DIFFERENT certificate.</source>
        <translation>L&apos;appliance sert un AUTRE certificat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not compare.</source>
        <translation>Comparaison impossible.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Served over %1 to the name %2:</source>
        <translation>Servi en %1 au nom %2&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. %2, issued by %3, SHA-256 %4</source>
        <translation>%1. %2, délivré par %3, SHA-256 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer trusts the served chain for %1.</source>
        <translation>Cet ordinateur fait confiance à la chaîne servie pour %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer would NOT trust the served chain for %1 (browsers would warn):</source>
        <translation>Cet ordinateur ne ferait PAS confiance à la chaîne servie pour %1 (les navigateurs avertiraient)&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open a certificate backup that holds the appliance&apos;s certificate first.</source>
        <translation>Ouvrez d&apos;abord une sauvegarde de certificat qui contient le certificat de l&apos;appliance.</translation>
    </message>
</context>
<context>
    <name>dr::ui::CertExportDialog</name>
    <message>
        <location filename="../ui/CertExportDialog.cpp" line="+22"/>
        <source>Export the certificate backup</source>
        <translation>Exporter la sauvegarde de certificat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export format</source>
        <translation>Format d&apos;export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 (.p12), AES-256 - recommended</source>
        <translation>PKCS#12 (.p12), AES-256 - recommandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 (.p12), legacy 3DES/SHA-1 - INSECURE, only for old targets</source>
        <translation>PKCS#12 (.p12), legacy 3DES/SHA-1 - NON SÛR, seulement pour d&apos;anciennes cibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificate chain (no private key)</source>
        <translation>Chaîne de certificats PEM (sans clé privée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file to write</source>
        <translation>Choisir le fichier à écrire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat the new passphrase</source>
        <translation>Répéter la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legacy 3DES with a SHA-1 integrity check is weak. Use it only for a target that cannot read AES-256 files, and keep the file safe.</source>
        <translation>Le 3DES legacy avec contrôle d&apos;intégrité SHA-1 est faible. Ne l&apos;utilisez que pour une cible incapable de lire des fichiers AES-256, et gardez le fichier en lieu sûr.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the file</source>
        <translation>Écrire le fichier</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;passphrase:</source>
        <translation>Nouvelle p&amp;hrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificats PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a certificate backup first.</source>
        <translation>Ouvrez d&apos;abord une sauvegarde de certificat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup has no private key that belongs to its certificate: only the PEM chain can be exported.</source>
        <translation>Cette sauvegarde n&apos;a pas de clé privée correspondant à son certificat&#xa0;: seule la chaîne PEM peut être exportée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a new passphrase for the file.</source>
        <translation>Tapez une nouvelle phrase secrète pour le fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a new file name: an existing file is never replaced.</source>
        <translation>Choisissez un nouveau nom de fichier&#xa0;: un fichier existant n&apos;est jamais remplacé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate chain, without the private key.</source>
        <translation>La chaîne de certificats, sans la clé privée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate, its chain and the private key, under the new passphrase. Keep the passphrase with the site&apos;s secrets.</source>
        <translation>Le certificat, sa chaîne et la clé privée, sous la nouvelle phrase secrète. Conservez la phrase secrète avec les secrets du site.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written to %1.</source>
        <translation>Rien n&apos;a été écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>dr::ui::CertLoad</name>
    <message>
        <location filename="../ui/CertLoad.cpp" line="+51"/>
        <source>Wrong password for this certificate backup</source>
        <translation>Mot de passe incorrect pour cette sauvegarde de certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old encryption: OpenSSL&apos;s legacy provider is not available</source>
        <translation>Ancien chiffrement&#xa0;: le fournisseur legacy d&apos;OpenSSL n&apos;est pas disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate backup is damaged or truncated</source>
        <translation>La sauvegarde de certificat est endommagée ou tronquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a PKCS#12 (.p12/.pfx) certificate backup</source>
        <translation>Ce n&apos;est pas une sauvegarde de certificat PKCS#12 (.p12/.pfx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a Java keystore (JKS), not a PKCS#12 file</source>
        <translation>Il s&apos;agit d&apos;un magasin de clés Java (JKS), pas d&apos;un fichier PKCS#12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read</source>
        <translation>Le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file uses encryption this OpenSSL cannot decrypt</source>
        <translation>Le fichier utilise un chiffrement que cet OpenSSL ne sait pas déchiffrer</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The file holds only CA certificates (%n certificate(s)), no appliance certificate.</source>
        <translation>
            <numerusform>Le fichier ne contient que des certificats de CA (%n certificat), aucun certificat d&apos;appliance.</numerusform>
            <numerusform>Le fichier ne contient que des certificats de CA (%n certificats), aucun certificat d&apos;appliance.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A self-signed certificate for %1 (Issued To = Issued By).</source>
        <translation>Un certificat auto-signé pour %1 (Issued To = Issued By).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n intermediate certificate(s)</source>
        <translation>
            <numerusform>%n certificat intermédiaire</numerusform>
            <numerusform>%n certificats intermédiaires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the root certificate</source>
        <translation>le certificat racine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CA-signed certificate for %1, issued by %2, without its CA certificates.</source>
        <translation>Un certificat signé par une CA pour %1, délivré par %2, sans ses certificats de CA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CA-signed certificate for %1, issued by %2, with %3.</source>
        <translation>Un certificat signé par une CA pour %1, délivré par %2, avec %3.</translation>
    </message>
</context>
<context>
    <name>dr::ui::CertNotice</name>
    <message>
        <location filename="../ui/CertNotice.cpp" line="+38"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OK:</source>
        <translation>OK&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning:</source>
        <translation>Avertissement&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error:</source>
        <translation>Erreur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working:</source>
        <translation>En cours&#xa0;:</translation>
    </message>
</context>
<context>
    <name>dr::ui::CertReportView</name>
    <message>
        <location filename="../ui/CertReportView.cpp" line="+30"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate check results</source>
        <translation>Résultats de la vérification du certificat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a certificate backup (.p12 or .pfx), type its password and press &quot;Open and check&quot;.</source>
        <translation>Choisissez une sauvegarde de certificat (.p12 ou .pfx), tapez son mot de passe et appuyez sur «&#xa0;Ouvrir et vérifier&#xa0;».</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What the file holds</source>
        <translation>Ce que contient le fichier</translation>
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
        <translation>La clé correspond au certificat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete (every intermediate and the root are in the file)</source>
        <translation>Complète (chaque intermédiaire et la racine sont dans le fichier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete: &quot;%1&quot; is missing</source>
        <translation>Incomplète&#xa0;: «&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain:</source>
        <translation>Chaîne&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked: type the appliance&apos;s FQDN above</source>
        <translation>Non vérifié&#xa0;: tapez le FQDN de l&apos;appliance ci-dessus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 matches the Alternative Names</source>
        <translation>%1 correspond aux Alternative Names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does NOT match the Alternative Names</source>
        <translation>%1 ne correspond PAS aux Alternative Names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance FQDN:</source>
        <translation>FQDN de l&apos;appliance&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; integrity MAC %1</source>
        <translation>; MAC d&apos;intégrité %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (legacy, weak)</source>
        <translation> (legacy, faible)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File protection:</source>
        <translation>Protection du fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems and what to do</source>
        <translation>Problèmes et que faire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None found.</source>
        <translation>Aucun trouvé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 to %2 (UTC)</source>
        <translation>du %1 au %2 (UTC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> - NOT YET VALID</source>
        <translation> - PAS ENCORE VALIDE</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> - EXPIRED %n day(s) ago</source>
        <translation>
            <numerusform> - EXPIRÉ depuis %n jour</numerusform>
            <numerusform> - EXPIRÉ depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> - %n day(s) left</source>
        <translation>
            <numerusform> - encore %n jour</numerusform>
            <numerusform> - encore %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. %2: %3</source>
        <translation>%1. %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (not part of the chain)</source>
        <translation> (hors de la chaîne)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Issued To:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued By:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative Names:</source>
        <translation>Autres noms&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> - WEAK</source>
        <translation> - FAIBLE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature:</source>
        <translation>Signature&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> - WEAK (SHA-1)</source>
        <translation> - FAIBLE (SHA-1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Missing from the file</source>
        <translation>Absent du fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The issuer &quot;%1&quot; is not in the file. Export the certificate again with its whole chain, or get this CA certificate from the CA and add it.</source>
        <translation>L&apos;émetteur «&#xa0;%1&#xa0;» n&apos;est pas dans le fichier. Exportez à nouveau le certificat avec toute sa chaîne, ou obtenez ce certificat de CA auprès de la CA et ajoutez-le.</translation>
    </message>
</context>
<context>
    <name>dr::ui::CertificateInspector</name>
    <message>
        <location filename="../ui/CertificateInspector.cpp" line="+26"/>
        <location line="+1"/>
        <source>Certificate inspector</source>
        <translation>Inspecteur de certificats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate backup file</source>
        <translation>Fichier de sauvegarde de certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .p12 or .pfx exported from /appliance &gt; Security &gt; Certificates</source>
        <translation>le .p12 ou .pfx exporté depuis /appliance &gt; Security &gt; Certificates</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the certificate backup file</source>
        <translation>Choisir le fichier de sauvegarde de certificat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password of the certificate backup</source>
        <translation>Mot de passe de la sauvegarde de certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrase given when the certificate was exported</source>
        <translation>la phrase secrète donnée lors de l&apos;export du certificat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appliance FQDN to check</source>
        <translation>FQDN de l&apos;appliance à vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support.example.com</source>
        <translation>support.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warn when a certificate expires within this many days</source>
        <translation>Avertir si un certificat expire dans ce nombre de jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open and check</source>
        <translation>&amp;Ouvrir et vérifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the certificate backup and check it</source>
        <translation>Ouvrir la sauvegarde de certificat et la vérifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel opening</source>
        <translation>Annuler l&apos;ouverture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop opening the certificate backup</source>
        <translation>Arrêter l&apos;ouverture de la sauvegarde de certificat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate backup</source>
        <translation>Sauvegarde de certificat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mot de pa&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Warn within:</source>
        <translation>A&amp;vertir sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance FQ&amp;DN:</source>
        <translation>FQ&amp;DN de l&apos;appliance&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the certificate backup to a new file</source>
        <translation>Exporter la sauvegarde de certificat vers un nouveau fichier</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Open a certificate backup</source>
        <translation>Ouvrir une sauvegarde de certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 certificate backups (*.p12 *.pfx);;All files (*)</source>
        <translation>Sauvegardes de certificat PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the path of the .p12/.pfx file or press Browse.</source>
        <translation>Tapez le chemin du fichier .p12/.pfx ou appuyez sur Parcourir.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening and checking %1…</source>
        <translation>Ouverture et vérification de %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deriving the key from the password can take a few seconds.</source>
        <translation>Dériver la clé du mot de passe peut prendre quelques secondes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening cancelled.</source>
        <translation>Ouverture annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was opened. Press &quot;Open and check&quot; to try again.</source>
        <translation>Rien n&apos;a été ouvert. Appuyez sur «&#xa0;Ouvrir et vérifier&#xa0;» pour réessayer.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing to show: the file could not be opened (see above).</source>
        <translation>Rien à afficher&#xa0;: le fichier n&apos;a pas pu être ouvert (voir ci-dessus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is protected by a password.</source>
        <translation>Ce fichier est protégé par un mot de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the password it was exported with and press Open and check.</source>
        <translation>Tapez le mot de passe avec lequel il a été exporté et appuyez sur «&#xa0;Ouvrir et vérifier&#xa0;».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is fit to restore onto the appliance.</source>
        <translation>%1 peut être restauré sur l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the appliance&apos;s FQDN to check its Alternative Names too.</source>
        <translation>Tapez le FQDN de l&apos;appliance pour vérifier aussi ses Alternative Names.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 will not restore as it should: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>%1 ne se restaurera pas correctement&#xa0;: %n problème à corriger d&apos;abord.</numerusform>
            <numerusform>%1 ne se restaurera pas correctement&#xa0;: %n problèmes à corriger d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>See &quot;Problems and what to do&quot; below.</source>
        <translation>Voir «&#xa0;Problèmes et que faire&#xa0;» ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%1 can be restored, with %n warning(s).</source>
        <translation>
            <numerusform>%1 peut être restauré, avec %n avertissement.</numerusform>
            <numerusform>%1 peut être restauré, avec %n avertissements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::CheckPage</name>
    <message>
        <location filename="../ui/CheckPage.cpp" line="+27"/>
        <source>&amp;Run the check</source>
        <translation>&amp;Lancer la vérification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check in progress</source>
        <translation>Vérification en cours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not run yet.</source>
        <translation>Pas encore lancée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evidence of each attempt</source>
        <translation>Preuves de chaque tentative</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Checking … attempt 1 of %1</source>
        <translation>Vérification … tentative 1 sur %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not run.</source>
        <translation>Non lancée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attempt %1 of %2 did not pass; trying again in %3 s …</source>
        <translation>La tentative %1 sur %2 a échoué&#xa0;; nouvel essai dans %3 s …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt %1 of %2 did not pass; trying again …</source>
        <translation>La tentative %1 sur %2 a échoué&#xa0;; nouvel essai …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Passed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Réussie.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Did not pass.&lt;/b&gt; %1 The next step depends on this result: continue with Next, or Retry.</source>
        <translation>&lt;b&gt;Échouée.&lt;/b&gt; %1 L&apos;étape suivante dépend de ce résultat&#xa0;: continuez avec Suivant, ou réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>&amp;Retry</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&lt;b&gt;Did not pass.&lt;/b&gt; %1 Put it right and Retry, or skip the step and say why.</source>
        <translation>&lt;b&gt;Échouée.&lt;/b&gt; %1 Corrigez le problème et réessayez, ou passez l&apos;étape en indiquant pourquoi.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>did not pass</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not be made</source>
        <translation>n&apos;a pas pu être effectuée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempt %1 (%2): %3 — %4</source>
        <translation>Tentative %1 (%2)&#xa0;: %3 — %4</translation>
    </message>
</context>
<context>
    <name>dr::ui::ConfirmPage</name>
    <message>
        <location filename="../ui/ConfirmPage.cpp" line="+10"/>
        <source>&amp;Done: I have done this</source>
        <translation>F&amp;ait&#xa0;: je l&apos;ai fait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1</source>
        <translation>Fait&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::DashboardModel</name>
    <message>
        <location filename="../ui/DashboardModel.cpp" line="+74"/>
        <source>%1 s ago</source>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>UNKNOWN: not read</source>
        <translation>INCONNU&#xa0;: non lu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WRONG NAME: %1</source>
        <translation>MAUVAIS NOM&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued to %1, not %2.</source>
        <translation>Délivré à %1, pas à %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MISMATCH with the backup</source>
        <translation>DIFFÉRENT de la sauvegarde</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>EXPIRED %n day(s) ago</source>
        <translation>
            <numerusform>EXPIRÉ depuis %n jour</numerusform>
            <numerusform>EXPIRÉ depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>OK: %n day(s) left</source>
        <translation>
            <numerusform>OK&#xa0;: encore %n jour</numerusform>
            <numerusform>OK&#xa0;: encore %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>UNKNOWN: no folder</source>
        <translation>INCONNU&#xa0;: pas de dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NO BACKUP</source>
        <translation>AUCUNE SAUVEGARDE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>STALE: %1</source>
        <translation>PÉRIMÉE&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Older than %n day(s): download a backup now and check that the scheduled backup still runs.</source>
        <translation>
            <numerusform>Plus de %n jour&#xa0;: téléchargez une sauvegarde maintenant et vérifiez que la sauvegarde planifiée tourne toujours.</numerusform>
            <numerusform>Plus de %n jours&#xa0;: téléchargez une sauvegarde maintenant et vérifiez que la sauvegarde planifiée tourne toujours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not answering: down</source>
        <translation>Ne répond pas&#xa0;: arrêtée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answering: timeout</source>
        <translation>Ne répond pas&#xa0;: délai dépassé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answering: TLS</source>
        <translation>Ne répond pas&#xa0;: TLS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not answering: error</source>
        <translation>Ne répond pas&#xa0;: erreur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data sync</source>
        <translation>Synchro des données</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+32"/>
        <location line="+42"/>
        <source>Not checked yet</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Issued to %1, valid until %2 UTC.
SHA-256 %3</source>
        <translation>Délivré à %1, valide jusqu&apos;au %2 UTC.
SHA-256 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the site&apos;s certificate from the certificate backup (/appliance &gt; Security &gt; Certificates).</source>
        <translation>Restaurez le certificat du site depuis la sauvegarde de certificat (/appliance &gt; Security &gt; Certificates).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate backup has SHA-256 %1. Import the backup&apos;s .p12 on this appliance, or record the new certificate&apos;s fingerprint in the site profile.</source>
        <translation>La sauvegarde de certificat a le SHA-256 %1. Importez le .p12 de la sauvegarde sur cette appliance, ou enregistrez l&apos;empreinte du nouveau certificat dans le profil du site.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Renew the certificate now: clients refuse to connect.</source>
        <translation>Renouvelez le certificat maintenant&#xa0;: les clients refusent de se connecter.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>EXPIRES SOON: %n day(s)</source>
        <translation>
            <numerusform>EXPIRE BIENTÔT&#xa0;: %n jour</numerusform>
            <numerusform>EXPIRE BIENTÔT&#xa0;: %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew the certificate and export a new certificate backup.</source>
        <translation>Renouvelez le certificat et exportez une nouvelle sauvegarde de certificat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backup folder set</source>
        <translation>Aucun dossier de sauvegarde défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the site&apos;s backup folder in the site profile to see the age of its last backup.</source>
        <translation>Définissez le dossier de sauvegarde du site dans le profil du site pour voir l&apos;âge de sa dernière sauvegarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No .nsb backup in %1. Download one now (Prepare &gt; Backups) and schedule drrunbook-cli backup.</source>
        <translation>Aucune sauvegarde .nsb dans %1. Téléchargez-en une maintenant (Préparer &gt; Sauvegardes) et planifiez drrunbook-cli backup.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1
in %2 (%n backup(s) there)</source>
        <translation>
            <numerusform>%1
dans %2 (%n sauvegarde)</numerusform>
            <numerusform>%1
dans %2 (%n sauvegardes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK: %1</source>
        <translation>OK&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refused: API account</source>
        <translation>Refusé&#xa0;: compte API</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UNHEALTHY</source>
        <translation>EN MAUVAIS ÉTAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy</source>
        <translation>En bon état</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Primary</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup</source>
        <translation>Secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No failover</source>
        <translation>Pas de basculement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked</source>
        <translation>Vérifiée</translation>
    </message>
</context>
<context>
    <name>dr::ui::DrillBanner</name>
    <message>
        <location filename="../ui/DrillBanner.cpp" line="+16"/>
        <source>Drill mode</source>
        <translation>Mode exercice</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>DRILL: simulated appliances in the built-in lab. Nothing real is changed.</source>
        <translation>EXERCICE&#xa0;: appliances simulées dans le labo intégré. Rien de réel n&apos;est modifié.</translation>
    </message>
</context>
<context>
    <name>dr::ui::DrillSession</name>
    <message>
        <location filename="../ui/DrillSession.cpp" line="+18"/>
        <source>The drill lab could not start: %1</source>
        <translation>Le laboratoire d&apos;exercice n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::FinishPage</name>
    <message>
        <location filename="../ui/FinishPage.cpp" line="+19"/>
        <source>The scenario is complete</source>
        <translation>Le scénario est terminé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The run was stopped</source>
        <translation>L&apos;exécution a été arrêtée</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;p&gt;Outcome: &lt;b&gt;%1&lt;/b&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Issue&#xa0;: &lt;b&gt;%1&lt;/b&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Total time: &lt;b&gt;%1&lt;/b&gt;. Steps done: %2. Steps skipped with a reason: %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Durée totale&#xa0;: &lt;b&gt;%1&lt;/b&gt;. Étapes faites&#xa0;: %2. Étapes passées avec une raison&#xa0;: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Everything that happened is in the journal:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tout ce qui s&apos;est passé est dans le journal&#xa0;:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dr::ui::IncidentComposerDialog</name>
    <message>
        <location filename="../ui/IncidentComposerDialog.cpp" line="+55"/>
        <source>Incident email to vendor support</source>
        <translation>E-mail d&apos;incident au support de l&apos;éditeur</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What the guide asks for</source>
        <translation>Ce que demande le guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Incident number (follow-ups only):</source>
        <translation>Numéro d&apos;&amp;incident (suivis seulement)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 40100; empty for a new incident</source>
        <translation>par ex. 40100&#xa0;; vide pour un nouvel incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary (subject):</source>
        <translation>Rés&amp;umé (objet)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support region</source>
        <translation>Région de support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General (Americas)</source>
        <translation>Général (Amériques)</translation>
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
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inquirer&apos;s &amp;name:</source>
        <translation>&amp;Nom du demandeur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product &amp;version:</source>
        <translation>&amp;Version du produit&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Error messages:</source>
        <translation>Messages d&apos;&amp;erreur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps to &amp;reproduce:</source>
        <translation>Étapes pour &amp;reproduire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions taken prior:</source>
        <translation>&amp;Actions effectuées avant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Changes made:</source>
        <translation>Modifi&amp;cations apportées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to the product, the network environment or the workstations involved</source>
        <translation>Modifications du produit, de l&apos;environnement réseau ou des postes concernés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;long has it lasted:</source>
        <translation>Depuis combien de &amp;temps&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating s&amp;ystem:</source>
        <translation>S&amp;ystème d&apos;exploitation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>if software-related</source>
        <translation>si lié au logiciel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server ro&amp;les:</source>
        <translation>Rô&amp;les de serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the support &amp;supervisor</source>
        <translation>Mettre en copie le &amp;superviseur du support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the support &amp;manager</source>
        <translation>Mettre en copie le &amp;responsable du support</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add...</source>
        <translation>Ajouter...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Log &amp;files</source>
        <translation>&amp;Fichiers journaux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logs (*.log *.txt *.zip *.gz);;All (*)</source>
        <translation>Journaux (*.log *.txt *.zip *.gz);;Tous (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen s&amp;hots</source>
        <translation>Captures d&apos;écra&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg);;All (*)</source>
        <translation>Images (*.png *.jpg *.jpeg);;Tous (*)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>a one-line summary for the subject</source>
        <translation>un résumé d&apos;une ligne pour l&apos;objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the inquirer&apos;s name</source>
        <translation>le nom du demandeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the organization</source>
        <translation>l&apos;organisation</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Filled in from the run %1 (%2). Check every field before sending.</source>
        <translation>Rempli depuis l&apos;exécution %1 (%2). Vérifiez chaque champ avant l&apos;envoi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal is damaged (%1): the run may be incomplete.</source>
        <translation>Le journal est endommagé (%1)&#xa0;: l&apos;exécution est peut-être incomplète.</translation>
    </message>
</context>
<context>
    <name>dr::ui::LabPanel</name>
    <message>
        <location filename="../ui/LabPanel.cpp" line="+73"/>
        <source>Lab appliance</source>
        <translation>Appliance du labo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fault to inject</source>
        <translation>Panne à injecter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Power o&amp;n</source>
        <translation>A&amp;llumer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Power on the selected lab appliance</source>
        <translation>Allumer l&apos;appliance du labo sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inject fault</source>
        <translation>&amp;Injecter la panne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inject the chosen fault into the selected lab appliance</source>
        <translation>Injecter la panne choisie dans l&apos;appliance du labo sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear faults</source>
        <translation>&amp;Effacer les pannes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear every fault of the selected lab appliance</source>
        <translation>Effacer toutes les pannes de l&apos;appliance du labo sélectionnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was powered on.</source>
        <translation>%1 a été allumée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Appliance:</source>
        <translation>Applian&amp;ce&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>S&amp;wing DNS to the selected appliance</source>
        <translation>Basculer le &amp;DNS vers l&apos;appliance sélectionnée</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Drill faults (one click)</source>
        <translation>Pannes d&apos;exercice (en un clic)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo the drill faults</source>
        <translation>Annuler les pannes d&apos;exercice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the drill faults: the backup&apos;s connectivity test answers again and DNS can be swung</source>
        <translation>Annuler les pannes d&apos;exercice&#xa0;: le test de connectivité de l&apos;appliance de secours répond à nouveau et le DNS peut être basculé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What happens to one appliance</source>
        <translation>Ce qui arrive à une appliance</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Fault:</source>
        <translation>Pan&amp;ne&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Web-interface steps the lab plays for you</source>
        <translation>Étapes de l&apos;interface web que le labo joue pour vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/login &gt; Management &gt; Failover: &amp;Sync Now</source>
        <translation>/login &gt; Management &gt; Failover: &amp;Sync Now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play Sync Now on the selected backup appliance</source>
        <translation>Jouer «&#xa0;Sync Now&#xa0;» sur l&apos;appliance de secours sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point the site&apos;s DNS name at the selected appliance</source>
        <translation>Faire pointer le nom DNS du site vers l&apos;appliance sélectionnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync Now was clicked on %1.</source>
        <translation>«&#xa0;Sync Now&#xa0;» a été cliqué sur %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The DNS record was changed to %1, but the site&apos;s name still resolves to the old primary (%2): drill fault.</source>
        <translation>L&apos;enregistrement DNS a été changé en %1, mais le nom du site pointe toujours vers l&apos;ancienne appliance principale (%2)&#xa0;: panne d&apos;exercice.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site&apos;s DNS name now points at %1.</source>
        <translation>Le nom DNS du site pointe maintenant vers %1.</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Nothing injected yet.</source>
        <translation>Rien d&apos;injecté pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last drill event</source>
        <translation>Dernier événement d&apos;exercice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Drill lab&lt;/b&gt;</source>
        <translation>&lt;b&gt;Laboratoire d&apos;exercice&lt;/b&gt;</translation>
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
        <translation>&amp;Quelque chose est en panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few questions pick the recovery guide for what failed.</source>
        <translation>Quelques questions choisissent le guide de reprise adapté à ce qui est tombé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a dri&amp;ll</source>
        <translation>Lancer un e&amp;xercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearse a scenario against simulated appliances.</source>
        <translation>Répéter un scénario contre des appliances simulées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/MainWindowMenus.cpp" line="+44"/>
        <source>&amp;Prepare</source>
        <translation>&amp;Préparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups, certificates and settings to keep before a disaster.</source>
        <translation>Sauvegardes, certificats et réglages à conserver avant un sinistre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No site is configured yet. Run a drill to see the simulated appliances here.</source>
        <translation>Aucun site n&apos;est encore configuré. Lancez un exercice pour voir ici les appliances simulées.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stat&amp;us</source>
        <translation>&amp;État</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../ui/MainWindowDrill.cpp" line="+44"/>
        <source>Unknown drill topology</source>
        <translation>Topologie d&apos;exercice inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/MainWindowDrill.cpp" line="+1"/>
        <source>&apos;%1&apos; is not a drill topology. Use single, pair or atlas.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une topologie d&apos;exercice. Utilisez single, pair ou atlas.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>drrunbook is incomplete</source>
        <translation>drrunbook est incomplet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Reinstall drrunbook; meanwhile use the printed checklists.</source>
        <translation>%1 Réinstallez drrunbook ; en attendant, utilisez les listes de contrôle imprimées.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDrill.cpp" line="+8"/>
        <source>The drill cannot start</source>
        <translation>L&apos;exercice ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status of the drill lab&apos;s appliances</source>
        <translation>État des appliances du laboratoire d&apos;exercice</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Drill lab controls</source>
        <translation>Commandes du laboratoire d&apos;exercice</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-36"/>
        <location filename="../ui/MainWindowDrill.cpp" line="+14"/>
        <source>DRILL — Appliance DR Runbook</source>
        <translation>EXERCICE — Appliance DR Runbook</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDrill.cpp" line="+3"/>
        <source>Drill lab started. Simulated appliances: %1</source>
        <translation>Laboratoire d&apos;exercice démarré. Appliances simulées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+2"/>
        <location line="+1"/>
        <source>Starting the drill lab…</source>
        <translation>Démarrage du laboratoire d&apos;exercice…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDrill.cpp" line="+86"/>
        <source>The guide cannot open</source>
        <translation>Le guide ne peut pas s&apos;ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario &quot;%1&quot; could not be loaded (%2). Use the printed checklist meanwhile and report this.</source>
        <translation>Le scénario «&#xa0;%1&#xa0;» n&apos;a pas pu être chargé (%2). Utilisez en attendant la liste de contrôle imprimée et signalez le problème.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The run cannot start</source>
        <translation>L&apos;exécution ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Check that %2 is writable, or choose another folder.</source>
        <translation>%1 Vérifiez que %2 est accessible en écriture, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opened: %1</source>
        <translation>Ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>The run cannot be resumed</source>
        <translation>L&apos;exécution ne peut pas reprendre</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 is a run of &quot;%2&quot;, which this version does not have. Continue it with the printed checklist.</source>
        <translation>%1 est une exécution de «&#xa0;%2&#xa0;», que cette version n&apos;a pas. Poursuivez-la avec la liste de contrôle imprimée.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="-14"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New site…</source>
        <translation>&amp;Nouveau site…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recovery</source>
        <translation>&amp;Reprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something is &amp;down…</source>
        <translation>&amp;Quelque chose est en panne…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run a dri&amp;ll…</source>
        <translation>Lancer un e&amp;xercice…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prepare &amp;checklist (guided)…</source>
        <translation>&amp;Liste de contrôle de préparation (guidée)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site &amp;profiles</source>
        <translation>&amp;Profils de site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>É&amp;tat</translation>
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
        <translation>Actualiser l&apos;é&amp;tat</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+122"/>
        <source>Si&amp;tes</source>
        <translation>Si&amp;tes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSites.cpp" line="+35"/>
        <source>Add a site profile</source>
        <translation>Ajouter un profil de site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site profiles (*.json);;All files (*)</source>
        <translation>Profils de site (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+18"/>
        <source>No site is configured yet: Sites &gt; New site… records one. Run a drill to see simulated appliances here.</source>
        <translation>Aucun site n&apos;est encore configuré&#xa0;: Sites &gt; Nouveau site… en enregistre un. Lancez un exercice pour voir ici des appliances simulées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a site (Sites tab) to see its appliances here, or run a drill.</source>
        <translation>Ouvrez un site (onglet Sites) pour voir ici ses appliances, ou lancez un exercice.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSites.cpp" line="+35"/>
        <source>The site cannot open</source>
        <translation>Le site ne peut pas s&apos;ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not in the Sites list yet (or is still being read). Add it, then open it.</source>
        <translation>%1 n&apos;est pas encore dans la liste des sites (ou est encore en lecture). Ajoutez-le, puis ouvrez-le.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 — Appliance DR Runbook</source>
        <translation>%1 — Appliance DR Runbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening %1: reading the API secrets from the keychain…</source>
        <translation>Ouverture de %1&#xa0;: lecture des secrets API dans le trousseau…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status of %1</source>
        <translation>État de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n appliance(s).</source>
        <translation>
            <numerusform>%1&#xa0;: %n appliance.</numerusform>
            <numerusform>%1&#xa0;: %n appliances.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The site profile cannot open</source>
        <translation>Le profil de site ne peut pas s&apos;ouvrir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New site profile</source>
        <translation>Nouveau profil de site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>site.json</source>
        <translation>site.json</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site profiles (*.json)</source>
        <translation>Profils de site (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="+22"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ertificates…</source>
        <translation>C&amp;ertificats…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTools.cpp" line="+27"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="-18"/>
        <source>&amp;Support</source>
        <translation>&amp;Support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compose the &amp;incident for the vendor…</source>
        <translation>Rédiger l&apos;&amp;incident pour l&apos;éditeur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;RMA request…</source>
        <translation>Demande de &amp;RMA…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a &amp;checklist…</source>
        <translation>Imprimer une &amp;liste de contrôle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the DR &amp;binder…</source>
        <translation>Imprimer le &amp;classeur PRA…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSupport.cpp" line="+94"/>
        <location line="+8"/>
        <source>Nothing to print</source>
        <translation>Rien à imprimer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="+2"/>
        <source>Print the run &amp;report…</source>
        <translation>Imprimer le rapport d&apos;&amp;exécution…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSupport.cpp" line="+1"/>
        <source>No run yet: start a guide or a drill first.</source>
        <translation>Pas encore d&apos;exécution&#xa0;: lancez d&apos;abord un guide ou un exercice.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Print a checklist</source>
        <translation>Imprimer une liste de contrôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Checklist:</source>
        <translation>&amp;Liste de contrôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The checklist cannot be printed</source>
        <translation>La liste de contrôle ne peut pas être imprimée</translation>
    </message>
</context>
<context>
    <name>dr::ui::MessageOutputPanel</name>
    <message>
        <location filename="../ui/MessageOutputPanel.cpp" line="+34"/>
        <source>Message preview</source>
        <translation>Aperçu du message</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What to do with this message</source>
        <translation>Que faire de ce message</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as .&amp;eml...</source>
        <translation>Enregistrer en .&amp;eml...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in &amp;mail client</source>
        <translation>Ouvrir dans la &amp;messagerie</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;b&gt;To:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;À&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Cc:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cc&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Still missing:</source>
        <translation>Encore manquant&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copied the subject and the text to the clipboard: paste them into a new email to %1.</source>
        <translation>Objet et texte copiés dans le presse-papiers&#xa0;: collez-les dans un nouvel e-mail à %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1: open it in your mail client (it opens as a draft), check it and send it.</source>
        <translation>%1 enregistré&#xa0;: ouvrez-le dans votre messagerie (il s&apos;ouvre comme brouillon), vérifiez-le et envoyez-le.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the message as an .eml draft</source>
        <translation>Enregistrer le message comme brouillon .eml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email message (*.eml)</source>
        <translation>Message e-mail (*.eml)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No mail client could be opened: copy the text to the clipboard or save an .eml file instead.</source>
        <translation>Aucune messagerie n&apos;a pu être ouverte&#xa0;: copiez le texte dans le presse-papiers ou enregistrez plutôt un fichier .eml.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened your mail client with the message: check it and send it.</source>
        <translation>Votre messagerie s&apos;est ouverte avec le message&#xa0;: vérifiez-le et envoyez-le.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Opened your mail client with the message. Attach the %n listed file(s) yourself (a mailto: link cannot carry them), or save an .eml file instead.</source>
        <translation>
            <numerusform>Votre messagerie s&apos;est ouverte avec le message. Joignez vous-même le fichier listé (%n) (un lien mailto: ne peut pas le transporter), ou enregistrez plutôt un fichier .eml.</numerusform>
            <numerusform>Votre messagerie s&apos;est ouverte avec le message. Joignez vous-même les %n fichiers listés (un lien mailto: ne peut pas les transporter), ou enregistrez plutôt un fichier .eml.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::PrintPreview</name>
    <message>
        <location filename="../ui/PrintPreview.cpp" line="+43"/>
        <source>Print preview: %1</source>
        <translation>Aperçu avant impression&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The run journal %1 cannot be read (%2): choose the .jsonl file of a run.</source>
        <translation>Le journal d&apos;exécution %1 est illisible (%2)&#xa0;: choisissez le fichier .jsonl d&apos;une exécution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no events</source>
        <translation>aucun événement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The run&apos;s scenario &apos;%1&apos; is not in this version of the app (%2): open the run with the version it was made with.</source>
        <translation>Le scénario «&#xa0;%1&#xa0;» de l&apos;exécution n&apos;existe pas dans cette version de l&apos;application (%2)&#xa0;: ouvrez l&apos;exécution avec la version qui l&apos;a faite.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The scenario &apos;%1&apos; cannot be printed (%2): choose one of the app&apos;s scenarios.</source>
        <translation>Le scénario «&#xa0;%1&#xa0;» ne peut pas être imprimé (%2)&#xa0;: choisissez l&apos;un des scénarios de l&apos;application.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no scenario &apos;%1&apos; to print: choose one of the app&apos;s scenarios.</source>
        <translation>Il n&apos;y a pas de scénario «&#xa0;%1&#xa0;» à imprimer&#xa0;: choisissez l&apos;un des scénarios de l&apos;application.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist: %1</source>
        <translation>Liste de contrôle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disaster recovery binder</source>
        <translation>Classeur de reprise après sinistre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>DRILL report: %1</source>
        <translation>Rapport d&apos;EXERCICE&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run report: %1</source>
        <translation>Rapport d&apos;exécution&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::RecordPage</name>
    <message>
        <location filename="../ui/RecordPage.cpp" line="+26"/>
        <source>Secret: kept in memory for this run only, never written down.</source>
        <translation>Secret&#xa0;: gardé en mémoire pour cette exécution seulement, jamais écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. %1</source>
        <translation>par ex. %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This value is secret: it stays in memory for this run and is never saved.</source>
        <translation>Cette valeur est secrète&#xa0;: elle reste en mémoire pour cette exécution et n&apos;est jamais enregistrée.</translation>
    </message>
</context>
<context>
    <name>dr::ui::RmaDialog</name>
    <message>
        <location filename="../ui/RmaDialog.cpp" line="+46"/>
        <source>RMA request (hardware replacement)</source>
        <translation>Demande de RMA (remplacement matériel)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What Bomgar Support needs</source>
        <translation>Ce dont le support Bomgar a besoin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Incident number:</source>
        <translation>Numéro d&apos;&amp;incident&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 40100 (from the incident that diagnosed the hardware)</source>
        <translation>par ex. 40100 (de l&apos;incident qui a diagnostiqué le matériel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;name:</source>
        <translation>&amp;Nom du contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;email:</source>
        <translation>&amp;E-mail du contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;phone:</source>
        <translation>&amp;Téléphone du contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Shipping address:</source>
        <translation>Adresse de &amp;livraison&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry (two letters):</source>
        <translation>&amp;Pays (deux lettres)&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appliance model</source>
        <translation>Modèle d&apos;appliance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>B200, B300, B400, ...</source>
        <translation>B200, B300, B400, ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance &amp;model:</source>
        <translation>&amp;Modèle d&apos;appliance&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;rial number:</source>
        <translation>Numéro de sé&amp;rie&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT number:</source>
        <translation>Numéro de T&amp;VA&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>if necessary</source>
        <translation>si nécessaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What failed? (B300 and B400: a Field Replaceable Unit may be enough)</source>
        <translation>Qu&apos;est-ce qui est en panne&#xa0;? (B300 et B400&#xa0;: une Field Replaceable Unit peut suffire)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A &amp;hard disk drive</source>
        <translation>Un &amp;disque dur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A po&amp;wer supply</source>
        <translation>Une a&amp;limentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something &amp;else (full RMA)</source>
        <translation>Autre &amp;chose (RMA complet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>International shipment: what do you want?</source>
        <translation>Envoi international&#xa0;: que souhaitez-vous&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair and &amp;return: the appliance comes back repaired (up to four weeks)</source>
        <translation>Réparation et re&amp;tour&#xa0;: l&apos;appliance revient réparée (jusqu&apos;à quatre semaines)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replacemen&amp;t with new hardware (the old one stays with Bomgar)</source>
        <translation>Rempla&amp;cement par du matériel neuf (l&apos;ancien reste chez Bomgar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We &amp;consent to pay any VAT fees of the replacement</source>
        <translation>Nous &amp;acceptons de payer les éventuels frais de TVA du remplacement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Return of the defective appliance</source>
        <translation>Retour de l&apos;appliance défectueuse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date the new appliance became operational</source>
        <translation>Date de mise en service de la nouvelle appliance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New appliance operational &amp;on:</source>
        <translation>N&amp;ouvelle appliance en service le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Track the return (reminder)</source>
        <translation>&amp;Suivre le retour (rappel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The guide allows two weeks from the day the new appliance is operational; appliances not returned are invoiced at list price.</source>
        <translation>Le guide accorde deux semaines à partir du jour où la nouvelle appliance est en service&#xa0;; les appliances non restituées sont facturées au prix catalogue.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The reminder was not stored: %1</source>
        <translation>Le rappel n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder stored: return the defective %1 (serial %2) by &lt;b&gt;%3&lt;/b&gt;. The main window shows it (urgent from %4) until you mark it returned.</source>
        <translation>Rappel enregistré&#xa0;: renvoyez la %1 défectueuse (n° de série %2) avant le &lt;b&gt;%3&lt;/b&gt;. La fenêtre principale l&apos;affiche (urgent à partir du %4) jusqu&apos;à ce que vous la marquiez renvoyée.</translation>
    </message>
</context>
<context>
    <name>dr::ui::RmaReminderBanner</name>
    <message>
        <location filename="../ui/RmaReminderBanner.cpp" line="+38"/>
        <source>RMA return reminders</source>
        <translation>Rappels de retour RMA</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the defective %1 (serial %2)</source>
        <translation>la %1 défectueuse (n° de série %2)</translation>
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
            <numerusform>Retour RMA EN RETARD de %n jour&#xa0;: %1 devait être renvoyée le %2. Envoyez-la maintenant (les appliances non restituées sont facturées au prix catalogue).</numerusform>
            <numerusform>Retour RMA EN RETARD de %n jours&#xa0;: %1 devait être renvoyée le %2. Envoyez-la maintenant (les appliances non restituées sont facturées au prix catalogue).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RMA return due TODAY: send back %1.</source>
        <translation>Retour RMA dû AUJOURD&apos;HUI&#xa0;: renvoyez %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>RMA return due in %n day(s): send back %1 by %2.</source>
        <translation>
            <numerusform>Retour RMA dû dans %n jour&#xa0;: renvoyez %1 avant le %2.</numerusform>
            <numerusform>Retour RMA dû dans %n jours&#xa0;: renvoyez %1 avant le %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Returned</source>
        <translation>Renvoyée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark %1 as returned</source>
        <translation>Marquer %1 comme renvoyée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The defective appliance has been sent back: close this reminder.</source>
        <translation>L&apos;appliance défectueuse a été renvoyée&#xa0;: fermer ce rappel.</translation>
    </message>
</context>
<context>
    <name>dr::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+22"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>A backup is stale after this many days</source>
        <translation>Une sauvegarde est périmée après ce nombre de jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remind to drill a scenario after this many days</source>
        <translation>Rappeler d&apos;exercer un scénario après ce nombre de jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Folder of drill backups</source>
        <translation>Dossier des sauvegardes d&apos;exercice</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language of the program</source>
        <translation>Langue du programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A backup is &amp;stale after:</source>
        <translation>Une sauvegarde est péri&amp;mée après&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind to &amp;drill each scenario after:</source>
        <translation>Rappeler d&apos;e&amp;xercer chaque scénario après&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drill backups &amp;folder:</source>
        <translation>&amp;Dossier des sauvegardes d&apos;exercice&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Sites list and the dashboard warn when a site&apos;s newest backup, or its last drill of a scenario, is older than these.</source>
        <translation>La liste des sites et le tableau de bord avertissent quand la sauvegarde la plus récente d&apos;un site, ou son dernier exercice d&apos;un scénario, est plus ancien que ces durées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language applies the next time the program starts (drrunbook-cli uses it too).</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage du programme (drrunbook-cli l&apos;utilise aussi).</translation>
    </message>
</context>
<context>
    <name>dr::ui::SeverityAssistant</name>
    <message>
        <location filename="../ui/SeverityAssistant.cpp" line="+17"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Severity level</source>
        <translation>Niveau de gravité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sure? Answer the guide&apos;s questions:</source>
        <translation>Pas sûr&#xa0;? Répondez aux questions du guide&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production is &amp;down and cannot be used</source>
        <translation>La production est &amp;arrêtée et inutilisable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;restart, a bypass or a workaround gets it working</source>
        <translation>Un &amp;redémarrage, un contournement ou une solution de rechange la fait fonctionner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It works, but documented functions are &amp;impaired</source>
        <translation>Elle fonctionne, mais des fonctions documentées sont &amp;affectées</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt;. %2</source>
        <translation>Suggestion&#xa0;: &lt;b&gt;%1&lt;/b&gt;. %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your time: %1</source>
        <translation>Votre heure&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>US Central: %1</source>
        <translation>US Central&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;First response due&lt;/b&gt; (if sent now; business hours only):</source>
        <translation>&lt;b&gt;Première réponse due&lt;/b&gt; (si envoyé maintenant&#xa0;; heures ouvrées seulement)&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Support is closed now: the incident counts as received at %1.</source>
        <translation>Le support est fermé maintenant&#xa0;: l&apos;incident est réputé reçu le %1.</translation>
    </message>
</context>
<context>
    <name>dr::ui::SiteEditor</name>
    <message>
        <location filename="../ui/SiteEditor.cpp" line="+41"/>
        <source>Site profile</source>
        <translation>Profil de site</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sections of the site profile</source>
        <translation>Sections du profil de site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site and Atlas</source>
        <translation>Site et Atlas</translation>
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
        <translation>Contacts et comptes API</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Certificate backup</source>
        <translation>Sauvegarde de certificat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>/appliance pages</source>
        <translation>Pages /appliance</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Findings: activate one to go to its field</source>
        <translation>Constats&#xa0;: activez-en un pour aller à son champ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Findings:</source>
        <translation>&amp;Constats&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This file uses the older format %1; saving writes format %2 (the old file is kept as %3).</source>
        <translation>Ce fichier utilise l&apos;ancien format %1&#xa0;; l&apos;enregistrement écrit le format %2 (l&apos;ancien fichier est conservé sous %3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A new site profile. Start with the site&apos;s name, then add its appliances.</source>
        <translation>Un nouveau profil de site. Commencez par le nom du site, puis ajoutez ses appliances.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Site profile — %1</source>
        <translation>Profil de site — %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Error — %1</source>
        <translation>Erreur — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To record — %1</source>
        <translation>À renseigner — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to fix or record.</source>
        <translation>Rien à corriger ni à renseigner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 still to record. Activate a finding to go to its field.</source>
        <translation>%1, %2 encore à renseigner. Activez un constat pour aller à son champ.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved %1, with %n error(s) to fix before it can be used for backups and checks.</source>
        <translation>
            <numerusform>%1 enregistré, avec %n erreur à corriger avant de pouvoir l&apos;utiliser pour les sauvegardes et les vérifications.</numerusform>
            <numerusform>%1 enregistré, avec %n erreurs à corriger avant de pouvoir l&apos;utiliser pour les sauvegardes et les vérifications.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The keychain entry is named after the appliance&apos;s API address: %1</source>
        <translation>L&apos;entrée du trousseau porte le nom de l&apos;adresse API de l&apos;appliance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the primary appliance and its FQDN first.</source>
        <translation>enregistrez d&apos;abord l&apos;appliance principale et son FQDN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the API account whose client secret to store (type its client id first).</source>
        <translation>Sélectionnez le compte API dont le secret client doit être enregistré (tapez d&apos;abord son ID client).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store in the keychain</source>
        <translation>Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret of %1:</source>
        <translation>Secret client de %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup password:</source>
        <translation>Mot de passe de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Storing in the keychain…</source>
        <translation>Enregistrement dans le trousseau…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored in the keychain as %1.</source>
        <translation>Enregistré dans le trousseau sous %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stored: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::SiteEditorAppliances</name>
    <message>
        <location filename="../ui/SiteEditorAppliances.cpp" line="+30"/>
        <source>Appliances of the site</source>
        <translation>Appliances du site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add appliance</source>
        <translation>&amp;Ajouter une appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected appliance</source>
        <translation>Retirer l&apos;appliance sélectionnée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>primary, backup, master-a, traffic-1</source>
        <translation>primary, backup, master-a, traffic-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Serial:</source>
        <translation>N° de &amp;série&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;FQDN:</source>
        <translation>&amp;FQDN&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>support-a.example.com</source>
        <translation>support-a.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddresses:</source>
        <translation>A&amp;dresses&#xa0;:</translation>
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
        <translation>Masque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add N&amp;IC</source>
        <translation>Ajouter une N&amp;IC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NICs:</source>
        <translation>NIC&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network interfaces</source>
        <translation>Interfaces réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failover &amp;role:</source>
        <translation>&amp;Rôle de basculement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rou&amp;ting method:</source>
        <translation>Méthode de rou&amp;tage&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;utomatic failover:</source>
        <translation>Basc&amp;ulement automatique&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary t&amp;imeout:</source>
        <translation>Délai de l&apos;appl&amp;iance principale&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connectivity &amp;test IPs:</source>
        <translation>IP de test de &amp;connectivité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty = https://&lt;FQDN&gt;</source>
        <translation>vide = https://&lt;FQDN&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA file:</source>
        <translation>Fichier C&amp;A&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM or DER, relative to the profile</source>
        <translation>PEM ou DER, relatif au profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pinned SHA-256:</source>
        <translation>SHA-256 é&amp;pinglé&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>self-signed appliances</source>
        <translation>appliances auto-signées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Appliances:</source>
        <translation>Appliances&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Has errors</source>
        <translation>Contient des erreurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Has things still to record</source>
        <translation>Contient des éléments encore à renseigner</translation>
    </message>
</context>
<context>
    <name>dr::ui::SiteEditorGeneral</name>
    <message>
        <location filename="../ui/SiteEditorGeneral.cpp" line="+31"/>
        <source>Site &amp;name:</source>
        <translation>&amp;Nom du site&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Example Corp support</source>
        <translation>par ex. Support Example Corp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public site &amp;address:</source>
        <translation>&amp;Adresse publique du site&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>support.example.com</source>
        <translation>support.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produit&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Atlas cluster: one primary node (a master) and traffic nodes, by appliance name.</source>
        <translation>Cluster Atlas&#xa0;: un nœud principal (un maître) et des nœuds de trafic, par nom d&apos;appliance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This site is an &amp;Atlas cluster</source>
        <translation>Ce site est un cluster A&amp;tlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary &amp;node:</source>
        <translation>Nœud p&amp;rincipal&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>master-a</source>
        <translation>master-a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Traffic nodes:</source>
        <translation>Nœuds de tra&amp;fic&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>traffic-1, traffic-2</source>
        <translation>traffic-1, traffic-2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the exported certificate backup (.p12 with its private key and chain) is kept, and the SHA-256 fingerprint of the appliance certificate inside it. The .p12 password goes to the keychain or your password safe, never here.</source>
        <translation>Où est conservée la sauvegarde de certificat exportée (.p12 avec sa clé privée et sa chaîne), et l&apos;empreinte SHA-256 du certificat d&apos;appliance qu&apos;elle contient. Le mot de passe du .p12 va dans le trousseau ou votre coffre à mots de passe, jamais ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificates/support.example.com.p12, or a description</source>
        <translation>certificates/support.example.com.p12, ou une description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SHA-256 fingerprint:</source>
        <translation>Empreinte &amp;SHA-256&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>64 hex digits, colons allowed</source>
        <translation>64 chiffres hexadécimaux, deux-points autorisés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scheduled /login backups (drrunbook-cli backup --site FILE) go to this folder; the main window warns when the newest one is older than the period in Settings.</source>
        <translation>Les sauvegardes /login planifiées (drrunbook-cli backup --site FILE) vont dans ce dossier&#xa0;; la fenêtre principale avertit quand la plus récente est plus ancienne que la durée des réglages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Dossier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backups (relative to this profile&apos;s folder) or an absolute path</source>
        <translation>backups (relatif au dossier de ce profil) ou un chemin absolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep:</source>
        <translation>&amp;Conserver&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From &amp;appliance:</source>
        <translation>Depuis l&apos;a&amp;ppliance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty = the recorded primary</source>
        <translation>vide = la principale enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API a&amp;ccount:</source>
        <translation>Co&amp;mpte API&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client id; empty = the first API account</source>
        <translation>ID client&#xa0;; vide = le premier compte API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups are &amp;password protected (the password is kept in the keychain)</source>
        <translation>Les sauvegardes sont protégées par mot de &amp;passe (gardé dans le trousseau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the backup &amp;password in the keychain…</source>
        <translation>Enregistrer le mot de passe de sauvegarde dans le tro&amp;usseau…</translation>
    </message>
</context>
<context>
    <name>dr::ui::SiteEditorPages</name>
    <message>
        <location filename="../ui/SiteEditorPages.cpp" line="+27"/>
        <source>Appliance whose /appliance pages are recorded</source>
        <translation>Appliance dont les pages /appliance sont enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appliance:</source>
        <translation>&amp;Appliance&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the /appliance Status page: the guide names every saved screenshot with these.</source>
        <translation>Depuis la page Status de /appliance&#xa0;: le guide nomme chaque capture enregistrée avec ces valeurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance &amp;version:</source>
        <translation>&amp;Version de l&apos;appliance&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>23.2.4</source>
        <translation>23.2.4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Serial:</source>
        <translation>N° de &amp;série&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Base software version:</source>
        <translation>Version du logiciel de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6.2.1</source>
        <translation>6.2.1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System &amp;time:</source>
        <translation>&amp;Heure système&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>/appliance pages to capture</source>
        <translation>Pages /appliance à capturer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where: /appliance &gt; %1
%2</source>
        <translation>Où&#xa0;: /appliance &gt; %1
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Notes (text data):</source>
        <translation>&amp;Notes (données texte)&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach a scr&amp;eenshot…</source>
        <translation>Joindre une captur&amp;e…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected screenshot from the list</source>
        <translation>Retirer de la liste la capture sélectionnée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screens&amp;hots:</source>
        <translation>Captures d&apos;écra&amp;n&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screenshots of %1</source>
        <translation>Captures de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screenshot to attach</source>
        <translation>Capture à joindre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg);;Text data (*.txt)</source>
        <translation>Images (*.png *.jpg *.jpeg);;Données texte (*.txt)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>%n finding(s) on this page</source>
        <translation>
            <numerusform>%n constat sur cette page</numerusform>
            <numerusform>%n constats sur cette page</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an appliance first.</source>
        <translation>Ajoutez d&apos;abord une appliance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record the Status page values above first (version, serial, base software version, system time): the screenshot is named with them.</source>
        <translation>Enregistrez d&apos;abord les valeurs de la page Status ci-dessus (version, n° de série, version du logiciel de base, heure système)&#xa0;: la capture est nommée avec.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the profile once first: screenshots are kept in a folder beside it.</source>
        <translation>Enregistrez d&apos;abord une fois le profil&#xa0;: les captures sont gardées dans un dossier à côté.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be copied to %2. Check that the folder is writable.</source>
        <translation>%1 n&apos;a pas pu être copié dans %2. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>dr::ui::SiteEditorPeople</name>
    <message>
        <location filename="../ui/SiteEditorPeople.cpp" line="+60"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API accounts</source>
        <translation>Comptes API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contacts (the role &quot;rma&quot; marks the contact printed on the RMA form):</source>
        <translation>&amp;Contacts (le rôle «&#xa0;rma&#xa0;» désigne le contact imprimé sur le formulaire RMA)&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add co&amp;ntact</source>
        <translation>Ajouter un co&amp;ntact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove contact</source>
        <translation>Retirer le contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API a&amp;ccounts from /login &gt; Management &gt; API Configuration (ids only; the client secret goes to the keychain):</source>
        <translation>Comptes &amp;API de /login &gt; Management &gt; API Configuration (identifiants seulement&#xa0;; le secret client va dans le trousseau)&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add API acco&amp;unt</source>
        <translation>Ajouter un compte AP&amp;I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the client &amp;secret in the keychain…</source>
        <translation>Enregistrer le &amp;secret client dans le trousseau…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To record: %1</source>
        <translation>À renseigner&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::SiteFieldForm</name>
    <message>
        <location filename="../ui/SiteFieldForm.cpp" line="+66"/>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To record: %1</source>
        <translation>À renseigner&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::SiteSession</name>
    <message>
        <location filename="../ui/SiteSession.cpp" line="+46"/>
        <location line="+16"/>
        <location line="+11"/>
        <source>Not asked: %1</source>
        <translation>Non demandé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Not asked: record an API account in the site profile.</source>
        <translation>Non demandé&#xa0;: enregistrez un compte API dans le profil du site.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not asked: store the client secret of %1 (Edit site &gt; Contacts and API accounts).</source>
        <translation>Non demandé&#xa0;: enregistrez le secret client de %1 (Modifier le site &gt; Contacts et comptes API).</translation>
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
        <translation>Sites&#xa0;: dernière sauvegarde et rappels d&apos;exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drills</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Open site</source>
        <translation>&amp;Ouvrir le site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit site…</source>
        <translation>&amp;Modifier le site…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New site…</source>
        <translation>&amp;Nouveau site…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add e&amp;xisting…</source>
        <translation>Ajouter un site e&amp;xistant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected site from the list (the file stays)</source>
        <translation>Retirer de la liste le site sélectionné (le fichier reste)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DRILL DUE: %1 of %2 scenarios</source>
        <translation>EXERCICE DÛ&#xa0;: %1 scénarios sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK: oldest drill %1</source>
        <translation>OK&#xa0;: exercice le plus ancien %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• %1: NEVER drilled</source>
        <translation>• %1&#xa0;: JAMAIS exercé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• %1: last drill %2 (%3)%4</source>
        <translation>• %1&#xa0;: dernier exercice %2 (%3)%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — OVERDUE: older than %1 days</source>
        <translation> — EN RETARD&#xa0;: plus de %1 jours</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>UNREADABLE: %1</source>
        <translation>ILLISIBLE&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to fix, %2 to record</source>
        <translation>%1 à corriger, %2 à renseigner</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n thing(s) still to record</source>
        <translation>
            <numerusform>%n élément encore à renseigner</numerusform>
            <numerusform>%n éléments encore à renseigner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No site yet: New site… records one (appliances, contacts, backups, the /appliance settings).</source>
        <translation>Pas encore de site&#xa0;: Nouveau site… en enregistre un (appliances, contacts, sauvegardes, les réglages de /appliance).</translation>
    </message>
</context>
<context>
    <name>dr::ui::StatusDashboard</name>
    <message>
        <location filename="../ui/StatusDashboard.cpp" line="+18"/>
        <source>&lt;b&gt;Status of the site&apos;s appliances&lt;/b&gt;</source>
        <translation>&lt;b&gt;État des appliances du site&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh now</source>
        <translation>Actualiser &amp;maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the status of every appliance now</source>
        <translation>Actualiser maintenant l&apos;état de chaque appliance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appliance status</source>
        <translation>État des appliances</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/StatusDashboardProbes.cpp" line="+73"/>
        <source>The appliance presented no certificate.</source>
        <translation>L&apos;appliance n&apos;a présenté aucun certificat.</translation>
    </message>
    <message>
        <location filename="../ui/StatusDashboard.cpp" line="+47"/>
        <source>All appliances answer; nothing needs attention (checked at %1).</source>
        <translation>Toutes les appliances répondent&#xa0;; rien ne demande votre attention (vérifié à %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need attention: %1 with errors, %2 with warnings (checked at %3). Point at a cell for what to do.</source>
        <translation>À surveiller&#xa0;: %1 avec erreurs, %2 avec avertissements (vérifié à %3). Pointez une cellule pour savoir quoi faire.</translation>
    </message>
</context>
<context>
    <name>dr::ui::StepPage</name>
    <message>
        <location filename="../ui/StepPage.cpp" line="+40"/>
        <source>Step %1 · %2</source>
        <translation>Étape %1 · %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Warning:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Avertissement&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;i&gt;Note:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Remarque&#xa0;:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Guide: %1</source>
        <translation>Guide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::StepWidgetClock</name>
    <message>
        <location filename="../ui/StepWidgetClock.cpp" line="+40"/>
        <source>On this step %1  ·  Total %2</source>
        <translation>Sur cette étape %1  ·  Total %2</translation>
    </message>
</context>
<context>
    <name>dr::ui::StepWidgetSkip</name>
    <message>
        <location filename="../ui/StepWidgetSkip.cpp" line="+15"/>
        <source>Skip &amp;because:</source>
        <translation>Passer &amp;car&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for skipping this step</source>
        <translation>Raison pour passer cette étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you checked by hand, or why it does not apply</source>
        <translation>Ce que vous avez vérifié à la main, ou pourquoi cela ne s&apos;applique pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skip this step</source>
        <translation>&amp;Passer cette étape</translation>
    </message>
</context>
<context>
    <name>dr::ui::SupportAddressesEditor</name>
    <message>
        <location filename="../ui/SupportAddressesEditor.cpp" line="+14"/>
        <source>Support addresses (the guide&apos;s; edit them if yours differ)</source>
        <translation>Adresses du support (celles du guide&#xa0;; modifiez-les si les vôtres diffèrent)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;General:</source>
        <translation>&amp;Général&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMEA:</source>
        <translation>EMEA&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APAC:</source>
        <translation>APAC&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor:</source>
        <translation>Superviseur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the guide&apos;s addresses</source>
        <translation>Rétablir les adresses du guide</translation>
    </message>
</context>
<context>
    <name>dr::ui::TriageDialog</name>
    <message>
        <location filename="../ui/TriageDialog.cpp" line="+20"/>
        <source>Something is down</source>
        <translation>Quelque chose est en panne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What is down?</source>
        <translation>Qu&apos;est-ce qui est en panne&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One appliance of a &amp;failover pair (the other one still runs)</source>
        <translation>Une appliance d&apos;une paire de &amp;basculement (l&apos;autre tourne encore)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A single &amp;hardware appliance, no failover partner</source>
        <translation>Une appliance &amp;matérielle seule, sans partenaire de basculement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;virtual appliance (VMware, Hyper-V, …)</source>
        <translation>Une appliance &amp;virtuelle (VMware, Hyper-V, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A C&amp;loud appliance or Starter Service site</source>
        <translation>Une appliance C&amp;loud ou un site Starter Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A master or traffic node of an &amp;Atlas cluster</source>
        <translation>Un maître ou un nœud de trafic d&apos;un cluster &amp;Atlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is a spare appliance at hand?</source>
        <translation>Une appliance de rechange est-elle disponible&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes, a cold spare is ready</source>
        <translation>&amp;Oui, une rechange à froid est prête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No spare</source>
        <translation>&amp;Non, pas de rechange</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which kind of cloud site?</source>
        <translation>Quel type de site cloud&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Cloud a&amp;ppliance</source>
        <translation>Une a&amp;ppliance Cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;Starter Service site</source>
        <translation>Un site &amp;Starter Service</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open the guide</source>
        <translation>O&amp;uvrir le guide</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Answer the question above.</source>
        <translation>Répondez à la question ci-dessus.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer the next question.</source>
        <translation>Répondez à la question suivante.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guide to open: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Guide à ouvrir&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>dr::ui::Wizard</name>
    <message>
        <location filename="../ui/Wizard.cpp" line="+29"/>
        <source>C&amp;lose (resume later)</source>
        <translation>&amp;Fermer (reprendre plus tard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>DRILL — %1</source>
        <translation>EXERCICE — %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::WizardDrillPicker</name>
    <message>
        <location filename="../ui/WizardDrillPicker.cpp" line="+16"/>
        <source>Run a drill</source>
        <translation>Lancer un exercice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scenario to rehearse (the drill lab starts with the appliances it needs; nothing real is touched):</source>
        <translation>&amp;Scénario à répéter (le laboratoire d&apos;exercice démarre avec les appliances nécessaires&#xa0;; rien de réel n&apos;est touché)&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario to rehearse</source>
        <translation>Scénario à répéter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lab: a failover pair</source>
        <translation>labo&#xa0;: une paire de basculement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lab: an Atlas cluster</source>
        <translation>labo&#xa0;: un cluster Atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lab: one appliance</source>
        <translation>labo&#xa0;: une appliance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Start the drill</source>
        <translation>&amp;Démarrer l&apos;exercice</translation>
    </message>
</context>
<context>
    <name>dr::ui::WizardRunsPanel</name>
    <message>
        <location filename="../ui/WizardRunsPanel.cpp" line="+20"/>
        <source>R&amp;uns in progress:</source>
        <translation>Exécutions en c&amp;ours&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs in progress</source>
        <translation>Exécutions en cours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1%2 — started %3, stopped at step &quot;%4&quot;</source>
        <translation>%1%2 — commencée le %3, arrêtée à l&apos;étape «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DRILL: </source>
        <translation>EXERCICE&#xa0;: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (journal: %1)</source>
        <translation> (journal&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — the scenario has changed since this run started: it cannot be resumed with this version</source>
        <translation> — le scénario a changé depuis le début de cette exécution&#xa0;: elle ne peut pas être reprise avec cette version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This run was started with another definition of scenario &quot;%1&quot; (version %2, definition %3); this program has %4. Its steps may have moved, changed or gone, so it cannot be continued here: finish it with the program version that started it, or start a new run and carry on from where you are.</source>
        <translation>Cette exécution a été commencée avec une autre définition du scénario «&#xa0;%1&#xa0;» (version %2, définition %3)&#xa0;; dans ce programme&#xa0;: %4. Ses étapes ont pu être déplacées, modifiées ou supprimées, elle ne peut donc pas être poursuivie ici&#xa0;: terminez-la avec la version du programme qui l&apos;a commencée, ou commencez une nouvelle exécution et reprenez là où vous en êtes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such scenario</source>
        <translation>aucun scénario de ce nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>definition %1</source>
        <translation>définition %1</translation>
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
        <translation>Reprise après sinistre guidée pour les appliances BeyondTrust (Bomgar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Topology of the drill lab: single, pair or atlas.</source>
        <translation>Topologie du laboratoire d&apos;exercice&#xa0;: single, pair ou atlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a screenshot of the main window and quit.</source>
        <translation>Enregistrer une capture de la fenêtre principale et quitter.</translation>
    </message>
</context>
<context>
    <name>scenario</name>
    <message>
        <location filename="../core/runbook/ScenarioStrings.cpp" line="+13"/>
        <source>Prepare for a disaster</source>
        <extracomment>01_prepare.json</extracomment>
        <translation>Se préparer à un sinistre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable backup operations on the failover backup and sync; export and verify the certificate; record the /appliance settings; download /login backups now, before every upgrade and on a schedule; know what a backup contains.</source>
        <extracomment>01_prepare.json</extracomment>
        <translation>Activer les opérations de secours pour la sauvegarde et la synchronisation de basculement&#xa0;; exporter et vérifier le certificat&#xa0;; noter les réglages de /appliance&#xa0;; télécharger les sauvegardes /login maintenant, avant chaque mise à niveau et selon un calendrier&#xa0;; savoir ce que contient une sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What must be backed up</source>
        <extracomment>01_prepare.json#intro</extracomment>
        <translation>Ce qui doit être sauvegardé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up the site data from Bomgar on a regular basis is an essential part of appliance administration and maintenance. Most of the settings and data from the /login administrative web interface can be captured as a single .nsb file. In most cases, the /appliance administrative web interface contains the SSL certificates and network configuration of the appliance. These are essential to the functionality of the appliance and must be configured during the recovery process.</source>
        <extracomment>01_prepare.json#intro</extracomment>
        <translation>La sauvegarde régulière des données du site Bomgar est une part essentielle de l&apos;administration et de la maintenance de l&apos;appliance. La plupart des réglages et données de l&apos;interface web d&apos;administration /login peuvent être enregistrés dans un seul fichier .nsb. Dans la plupart des cas, l&apos;interface web d&apos;administration /appliance contient les certificats SSL et la configuration réseau de l&apos;appliance. Ils sont indispensables au fonctionnement de l&apos;appliance et doivent être configurés lors de la reprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As a Bomgar customer, the authorized contact agrees to keep full and current backups of Bomgar data, using the tools provided. It is extremely important to perform backups prior to any upgrades or updates.</source>
        <extracomment>01_prepare.json#intro</extracomment>
        <translation>En tant que client Bomgar, le contact autorisé s&apos;engage à conserver des sauvegardes complètes et à jour des données Bomgar, à l&apos;aide des outils fournis. Il est extrêmement important d&apos;effectuer des sauvegardes avant toute mise à niveau ou mise à jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type of appliance</source>
        <extracomment>01_prepare.json#appliance_type</extracomment>
        <translation>Type d&apos;appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar-hosted sites do not have access to /appliance, but administrators should maintain backups of hosted site /login data. Bomgar Cloud sites have a minimal version of the /appliance web interface accessible from the **Appliance** tab of the /login administrative web interface. Since Bomgar manages the network configuration of Bomgar Cloud sites and provides a working default certificate, Bomgar Cloud administrators need to backup only their certificates, SSL/TLS configuration, and/or updates schedule, if these have been manually customized.</source>
        <extracomment>01_prepare.json#appliance_type</extracomment>
        <translation>Les sites hébergés par Bomgar n&apos;ont pas accès à /appliance, mais les administrateurs doivent conserver des sauvegardes des données /login du site hébergé. Les sites Bomgar Cloud disposent d&apos;une version minimale de l&apos;interface web /appliance, accessible depuis l&apos;onglet **Appliance** de l&apos;interface web d&apos;administration /login. Comme Bomgar gère la configuration réseau des sites Bomgar Cloud et fournit un certificat par défaut fonctionnel, les administrateurs Bomgar Cloud n&apos;ont à sauvegarder que leurs certificats, leur configuration SSL/TLS et/ou leur calendrier de mises à jour, s&apos;ils ont été personnalisés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is being backed up?</source>
        <extracomment>01_prepare.json#appliance_type</extracomment>
        <translation>Que sauvegarde-t-on&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hardware appliance</source>
        <extracomment>01_prepare.json#appliance_type</extracomment>
        <translation>Appliance matérielle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual appliance</source>
        <extracomment>01_prepare.json#appliance_type</extracomment>
        <translation>Appliance virtuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar Cloud appliance</source>
        <extracomment>01_prepare.json#appliance_type</extracomment>
        <translation>Appliance Bomgar Cloud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar-hosted site</source>
        <extracomment>01_prepare.json#appliance_type</extracomment>
        <translation>Site hébergé par Bomgar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failover</source>
        <extracomment>01_prepare.json#has_failover</extracomment>
        <translation>Basculement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar failover enables the synchronization of data between two peer appliances, creating a simplified process for securely swapping from a failed appliance. Two appliances host the same installed software package for a single site. DNS directs support traffic of the site to one of these peer appliances, the primary appliance, where all settings are configured. The backup appliance synchronizes with the primary appliance, according to the settings configured in the appliance&apos;s /login interface.</source>
        <extracomment>01_prepare.json#has_failover</extracomment>
        <translation>Le basculement Bomgar synchronise les données entre deux appliances homologues, ce qui simplifie le passage sécurisé hors d&apos;une appliance défaillante. Deux appliances hébergent le même paquet logiciel installé pour un seul site. Le DNS dirige le trafic de support du site vers l&apos;une de ces appliances, l&apos;appliance principale, où tous les réglages sont configurés. L&apos;appliance de secours se synchronise avec l&apos;appliance principale selon les réglages configurés dans l&apos;interface /login de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are two appliances in failover mode?</source>
        <extracomment>01_prepare.json#has_failover</extracomment>
        <translation>Deux appliances sont-elles en mode basculement&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <extracomment>01_prepare.json#has_failover</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <extracomment>01_prepare.json#has_failover</extracomment>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the backup appliance</source>
        <extracomment>01_prepare.json#log_in_backup</extracomment>
        <translation>Se connecter à l&apos;appliance de secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the /login admin web interface of the backup appliance.</source>
        <extracomment>01_prepare.json#log_in_backup</extracomment>
        <translation>Connectez-vous à l&apos;interface web d&apos;administration /login de l&apos;appliance de secours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Management &gt; Failover</source>
        <extracomment>01_prepare.json#browse_failover</extracomment>
        <translation>Ouvrir Management &gt; Failover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse to **Management &gt; Failover**.</source>
        <extracomment>01_prepare.json#browse_failover</extracomment>
        <translation>Allez dans **Management &gt; Failover**.</translation>
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
        <translation>Cochez **Enable Backup Operations**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic Data-Sync Interval and Data-Sync Bandwidth Limit do not need to be changed in most environments.</source>
        <extracomment>01_prepare.json#enable_backup_operations</extracomment>
        <translation>Automatic Data-Sync Interval et Data-Sync Bandwidth Limit n&apos;ont pas besoin d&apos;être modifiés dans la plupart des environnements.</translation>
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
        <translation>Cliquez sur **Sync Now** sous **Backup Site Instance Status** pour forcer manuellement la synchronisation. La synchronisation de basculement couvre tous les utilisateurs, fichiers et configurations de /login, à l&apos;exception de la configuration de basculement, y compris les réglages de la page **Failover** et la **Inter-Appliance Pre-Shared Key** sous **Management &gt; Security**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is important to note that failover appliances do not sync any settings or data under /appliance. This means that certificates and network configuration are not replicated.</source>
        <extracomment>01_prepare.json#sync_now</extracomment>
        <translation>Important&#xa0;: les appliances en basculement ne synchronisent aucun réglage ni aucune donnée de /appliance. Les certificats et la configuration réseau ne sont donc pas répliqués.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not necessary to back up certificates from each appliance; however, failover appliances should have identical certificate configuration. Once replicated, a single backup copy of the certificates from either appliance is sufficient. Network configuration and any other customized /appliance settings must be backed up for each appliance; however, /login data can be backed up for each appliance as well. This applies especially to failover settings, which are not included in the failover sync. Saving backups of /login settings serves as a safeguard in case failover sync fails.</source>
        <extracomment>01_prepare.json#sync_now</extracomment>
        <translation>Il n&apos;est pas nécessaire de sauvegarder les certificats de chaque appliance&#xa0;; les appliances en basculement doivent toutefois avoir une configuration de certificats identique. Une fois répliquée, une seule copie de sauvegarde des certificats de l&apos;une ou l&apos;autre appliance suffit. La configuration réseau et tout autre réglage personnalisé de /appliance doivent être sauvegardés pour chaque appliance&#xa0;; les données /login peuvent aussi être sauvegardées pour chaque appliance. Cela vaut surtout pour les réglages de basculement, qui ne sont pas inclus dans la synchronisation. Conserver des sauvegardes des réglages /login protège en cas d&apos;échec de la synchronisation de basculement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up certificates</source>
        <extracomment>01_prepare.json#certificates</extracomment>
        <translation>Sauvegarder les certificats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network configuration and SSL certificates are necessary for the operation of Bomgar Appliances. Bomgar-hosted sites and cloud appliances are managed automatically, but it is possible for administrators to install custom certificates on Cloud Appliances. If an appliance fails, network configuration and SSL certificates must be restored to the new or repaired appliance in order to connect with the remote client software (e.g., rep consoles and Jump Clients). Bomgar-hosted sites are managed by Bomgar, but administrators of on-premises and Cloud Appliances should back up their certificates.</source>
        <extracomment>01_prepare.json#certificates</extracomment>
        <translation>La configuration réseau et les certificats SSL sont nécessaires au fonctionnement des appliances Bomgar. Les sites hébergés par Bomgar et les appliances cloud sont gérés automatiquement, mais les administrateurs peuvent installer des certificats personnalisés sur les appliances Cloud. Si une appliance tombe en panne, la configuration réseau et les certificats SSL doivent être restaurés sur l&apos;appliance neuve ou réparée pour que le logiciel client distant (par ex. consoles de technicien et Jump Clients) puisse se connecter. Les sites hébergés par Bomgar sont gérés par Bomgar, mais les administrateurs d&apos;appliances sur site et Cloud doivent sauvegarder leurs certificats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up /appliance with screenshots</source>
        <extracomment>01_prepare.json#appliance_settings</extracomment>
        <translation>Sauvegarder /appliance par captures d&apos;écran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the exception of certificates, /appliance configuration cannot be downloaded as a single, password-protected file in the way /login configuration can. The /appliance configuration must be backed up using screenshots and/ or text data. These files should be given an identifying name, including the appliance version, appliance serial number, base software version, and system time as shown on the **Status** page of the appliance at the time of the backup.</source>
        <extracomment>01_prepare.json#appliance_settings</extracomment>
        <translation>À l&apos;exception des certificats, la configuration de /appliance ne peut pas être téléchargée sous forme d&apos;un seul fichier protégé par mot de passe comme celle de /login. La configuration de /appliance doit être sauvegardée par captures d&apos;écran et/ou données texte. Ces fichiers doivent recevoir un nom identifiant, comprenant la version de l&apos;appliance, son numéro de série, la version du logiciel de base et l&apos;heure système telles qu&apos;affichées sur la page **Status** de l&apos;appliance au moment de la sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network configuration for Bomgar should be saved by the networking team in a network diagram. This should include firewall rules, antivirus whitelists, and IDS /IPS settings, as appropriate.</source>
        <extracomment>01_prepare.json#appliance_settings</extracomment>
        <translation>L&apos;équipe réseau doit consigner la configuration réseau de Bomgar dans un schéma réseau, avec selon le cas les règles de pare-feu, les listes blanches antivirus et les réglages IDS/IPS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance serial number</source>
        <extracomment>01_prepare.json#appliance_serial</extracomment>
        <translation>Numéro de série de l&apos;appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appliance serial number as shown on the **Status** page, for the names of the screenshot files.</source>
        <extracomment>01_prepare.json#appliance_serial</extracomment>
        <translation>Le numéro de série de l&apos;appliance tel qu&apos;affiché sur la page **Status**, pour nommer les fichiers de capture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance version and base software version</source>
        <extracomment>01_prepare.json#appliance_version</extracomment>
        <translation>Version de l&apos;appliance et version du logiciel de base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appliance version, base software version, and system time as shown on the **Status** page, for the names of the screenshot files.</source>
        <extracomment>01_prepare.json#appliance_version</extracomment>
        <translation>La version de l&apos;appliance, la version du logiciel de base et l&apos;heure système telles qu&apos;affichées sur la page **Status**, pour nommer les fichiers de capture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance version, base software version and system time</source>
        <extracomment>01_prepare.json#appliance_version</extracomment>
        <translation>Version de l&apos;appliance, version du logiciel de base et heure système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenshot: IP Configuration</source>
        <extracomment>01_prepare.json#screenshot_ip_configuration</extracomment>
        <translation>Capture&#xa0;: IP Configuration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup copy of the appliance network configuration can be saved by taking screenshots of the /appliance **Networking &gt; IP Configuration** page.</source>
        <extracomment>01_prepare.json#screenshot_ip_configuration</extracomment>
        <translation>Une copie de sauvegarde de la configuration réseau de l&apos;appliance peut être faite par des captures de la page **Networking &gt; IP Configuration** de /appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenshots: Static Routes and SNMP</source>
        <extracomment>01_prepare.json#screenshot_routes_snmp</extracomment>
        <translation>Captures&#xa0;: Static Routes et SNMP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If static routes and/or SNMP are used, this information is captured from the **Networking &gt; Static Routes** and **Networking &gt; SNMP** pages, respectively.</source>
        <extracomment>01_prepare.json#screenshot_routes_snmp</extracomment>
        <translation>Si des routes statiques et/ou SNMP sont utilisés, ces informations se capturent respectivement sur les pages **Networking &gt; Static Routes** et **Networking &gt; SNMP**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar Cloud customers and Bomgar-hosted sites do not have these options and do not need to be backed up. They are managed automatically.</source>
        <extracomment>01_prepare.json#screenshot_routes_snmp</extracomment>
        <translation>Les clients Bomgar Cloud et les sites hébergés par Bomgar n&apos;ont pas ces options et n&apos;ont pas à les sauvegarder. Elles sont gérées automatiquement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenshots: SSL/TLS and Appliance Administration</source>
        <extracomment>01_prepare.json#screenshot_ssl_tls</extracomment>
        <translation>Captures&#xa0;: SSL/TLS et Appliance Administration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the appliance has custom SSL/TLS configuration or special user account, network, and/or port restrictions, take a screenshot of these from **Security &gt; SSL/TLS Configuration** and **Security &gt; Appliance Administration**.</source>
        <extracomment>01_prepare.json#screenshot_ssl_tls</extracomment>
        <translation>Si l&apos;appliance a une configuration SSL/TLS personnalisée ou des restrictions particulières de comptes utilisateur, de réseau et/ou de ports, faites-en une capture depuis **Security &gt; SSL/TLS Configuration** et **Security &gt; Appliance Administration**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note the syslog server</source>
        <extracomment>01_prepare.json#syslog</extracomment>
        <translation>Noter le serveur syslog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appliance may also be configured to send logs to a syslog server. If this is the case, make note of the syslog server&apos;s hostname and/or IP along with its preferred message format. These settings can be found under **Security &gt; Appliance Administration** in the **Syslog** section.</source>
        <extracomment>01_prepare.json#syslog</extracomment>
        <translation>L&apos;appliance peut aussi être configurée pour envoyer ses journaux à un serveur syslog. Si c&apos;est le cas, notez le nom d&apos;hôte et/ou l&apos;IP du serveur syslog ainsi que son format de message préféré. Ces réglages se trouvent sous **Security &gt; Appliance Administration**, dans la section **Syslog**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenshot: login agreement</source>
        <extracomment>01_prepare.json#screenshot_login_agreement</extracomment>
        <translation>Capture&#xa0;: accord de connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the appliance is configured with such an agreement, the agreement is located under **Security &gt; Appliance Administration &gt; /appliance Prerequisite Login Agreement**. If it is configured, capture a screenshot of the agreement.</source>
        <extracomment>01_prepare.json#screenshot_login_agreement</extracomment>
        <translation>Si l&apos;appliance est configurée avec un tel accord, il se trouve sous **Security &gt; Appliance Administration &gt; /appliance Prerequisite Login Agreement**. S&apos;il est configuré, faites une capture de l&apos;accord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenshot: Email Configuration</source>
        <extracomment>01_prepare.json#screenshot_email</extracomment>
        <translation>Capture&#xa0;: Email Configuration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The email configuration settings in /appliance are located in **Security &gt; Email Configuration**. These settings are separate from the email configuration settings in /login. The /appliance email settings are used by the appliance to send SSL certificate expiration reminders, among others as specified in Admin Alerts. If the appliance is configured for reminders, take a screenshot of the page.</source>
        <extracomment>01_prepare.json#screenshot_email</extracomment>
        <translation>Les réglages e-mail de /appliance se trouvent dans **Security &gt; Email Configuration**. Ils sont distincts des réglages e-mail de /login. L&apos;appliance utilise les réglages e-mail de /appliance notamment pour envoyer des rappels d&apos;expiration des certificats SSL, comme défini dans Admin Alerts. Si l&apos;appliance est configurée pour les rappels, faites une capture de la page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note the updates schedule</source>
        <extracomment>01_prepare.json#updates_schedule</extracomment>
        <translation>Noter le calendrier des mises à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar Cloud administrators need to backup only their certificates, SSL/TLS configuration, and/or updates schedule, if these have been manually customized.</source>
        <extracomment>01_prepare.json#updates_schedule</extracomment>
        <translation>Les administrateurs Bomgar Cloud n&apos;ont à sauvegarder que leurs certificats, leur configuration SSL/TLS et/ou leur calendrier de mises à jour, s&apos;ils ont été personnalisés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a .nsb backup contains</source>
        <extracomment>01_prepare.json#nsb_contents</extracomment>
        <translation>Ce que contient une sauvegarde .nsb</translation>
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
        <translation>Les utilisateurs, réglages et données de /login peuvent être enregistrés dans un seul fichier de sauvegarde Bomgar, d&apos;extension .nsb. Le fichier .nsb obtenu contient les données ci-dessous même si **Include logged history** n&apos;est pas coché au moment du téléchargement&#xa0;:
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
Les sauvegardes d&apos;un site Bomgar Remote Support (par opposition à Bomgar Privileged Access) contiennent en plus&#xa0;:
- **Canned Messages Configuration**
- **Client Branding &amp; Messaging**
- **Exit Survey Configuration**
- **Public Site Configuration**
- **File Store** (les 50 premiers fichiers jusqu&apos;à 200 Ko)
- **Created/Scheduled Presentations**
Si **Include logged history** est coché, le fichier .nsb contient aussi&#xa0;:
- **Logged Session Data**
- **Logged Presentation Information** (Bomgar Remote Support uniquement)
- **Logged License Usage** (Bomgar Remote Support uniquement)
- **Logged Support Team Information**</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a .nsb backup does not contain</source>
        <extracomment>01_prepare.json#nsb_excludes</extracomment>
        <translation>Ce que ne contient pas une sauvegarde .nsb</translation>
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
        <translation>Dans les deux cas, le fichier .nsb ne contient pas&#xa0;:
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
        <translation>Pour un téléchargement manuel, cliquez sur **Download Backup** dans l&apos;onglet **/login &gt; Management &gt; Software Management**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar recommends manually downloading .nsb backups before installing any updates.</source>
        <extracomment>01_prepare.json#download_backup</extracomment>
        <translation>Bomgar recommande de télécharger manuellement des sauvegardes .nsb avant d&apos;installer toute mise à jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the backup was saved</source>
        <extracomment>01_prepare.json#backup_file</extracomment>
        <translation>Où la sauvegarde a été enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The downloaded .nsb file. By default, Bomgar backup file names begin with **Bomgar** followed by the Bomgar product release version of the backup, the name of the site which generated the backup, the date on which the backup was downloaded, and the unique ID of the backup file.</source>
        <extracomment>01_prepare.json#backup_file</extracomment>
        <translation>Le fichier .nsb téléchargé. Par défaut, les noms de fichiers de sauvegarde Bomgar commencent par **Bomgar**, suivi de la version du produit Bomgar de la sauvegarde, du nom du site qui l&apos;a générée, de la date de téléchargement et de l&apos;identifiant unique du fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup file (.nsb)</source>
        <extracomment>01_prepare.json#backup_file</extracomment>
        <translation>Fichier de sauvegarde (.nsb)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup file is fresh and its name shows its version</source>
        <extracomment>01_prepare.json#check_backup</extracomment>
        <translation>Le fichier de sauvegarde est récent et son nom indique sa version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads the product version and download date from the backup file name.</source>
        <extracomment>01_prepare.json#check_backup</extracomment>
        <translation>Lit la version du produit et la date de téléchargement dans le nom du fichier de sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download backups on a schedule</source>
        <extracomment>01_prepare.json#schedule</extracomment>
        <translation>Télécharger les sauvegardes selon un calendrier</translation>
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
        <translation>En plus des téléchargements manuels à chaque mise à niveau, Bomgar recommande de télécharger régulièrement des sauvegardes .nsb avec le calendrier automatique du client d&apos;intégration. Le client d&apos;intégration peut télécharger les types de données suivants&#xa0;:
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
        <translation>Le paquet d&apos;installation du client est disponible dans **Downloads** du Bomgar Self-Service Center. Il n&apos;est publié qu&apos;en client Windows 32 bits, qui fonctionne toutefois sur les systèmes Windows 64 bits. Il existe en plusieurs versions&#xa0;: vérifiez la version du produit Bomgar dans l&apos;onglet **/login &gt; Status &gt; Information** pour télécharger la bonne version du client d&apos;intégration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In addition to the **Download Backup** button and the integration client, the Bomgar API provides a variety of commands to download backup data. This is useful for automating backups using custom tools and/or scripts. The .nsb backups can be downloaded using the Bomgar Backup API. Session reports, session recordings, Show My Screen recordings, command shell recordings, presentation recordings, and exit surveys can be downloaded using the Reporting API.</source>
        <extracomment>01_prepare.json#schedule</extracomment>
        <translation>Outre le bouton **Download Backup** et le client d&apos;intégration, l&apos;API Bomgar propose diverses commandes pour télécharger les données de sauvegarde. C&apos;est utile pour automatiser les sauvegardes avec des outils et/ou scripts personnalisés. Les sauvegardes .nsb se téléchargent avec la Bomgar Backup API. Les rapports de session, enregistrements de session, enregistrements Show My Screen, enregistrements de shell de commande, enregistrements de présentation et enquêtes de sortie se téléchargent avec la Reporting API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failover pair: the primary appliance failed</source>
        <extracomment>02_failover_primary_failed.json</extracomment>
        <translation>Paire de basculement&#xa0;: l&apos;appliance principale est en panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirect traffic to the backup appliance, make it primary, confirm the clients, then repair the failed appliance and bring it back into the failover relationship.</source>
        <extracomment>02_failover_primary_failed.json</extracomment>
        <translation>Rediriger le trafic vers l&apos;appliance de secours, la rendre principale, confirmer les clients, puis réparer l&apos;appliance en panne et la réintégrer dans la relation de basculement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How a failover pair recovers</source>
        <extracomment>02_failover_primary_failed.json#intro</extracomment>
        <translation>Comment une paire de basculement se rétablit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar customer clients and representative consoles are built to attempt connection with the primary Bomgar Appliance at a specific address. In the event of a primary appliance failure, this address is used to redirect clients from the failed appliance to the backup appliance. This can be done using one of three network routing methods: shared IP, DNS swing, or NAT swing.</source>
        <extracomment>02_failover_primary_failed.json#intro</extracomment>
        <translation>Les clients Bomgar et les consoles de technicien tentent de se connecter à l&apos;appliance Bomgar principale à une adresse précise. En cas de panne de l&apos;appliance principale, cette adresse sert à rediriger les clients de l&apos;appliance en panne vers l&apos;appliance de secours. Trois méthodes de routage réseau le permettent&#xa0;: IP partagée (shared IP), bascule DNS (DNS swing) ou bascule NAT (NAT swing).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Though client traffic is redirected to the backup appliance, this appliance does not accept connections until it takes the primary role. Once a backup appliance takes the primary role, it begins accepting client connections and provides all the same services the failed appliance did. This role change can be triggered manually or automatically.</source>
        <extracomment>02_failover_primary_failed.json#intro</extracomment>
        <translation>Même si le trafic client est redirigé vers l&apos;appliance de secours, celle-ci n&apos;accepte pas de connexions tant qu&apos;elle n&apos;a pas pris le rôle principal. Une fois le rôle principal pris, elle accepte les connexions des clients et fournit tous les services que fournissait l&apos;appliance en panne. Ce changement de rôle peut être déclenché manuellement ou automatiquement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site address</source>
        <extracomment>02_failover_primary_failed.json#site_fqdn</extracomment>
        <translation>Adresse du site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address clients and representative consoles connect to.</source>
        <extracomment>02_failover_primary_failed.json#site_fqdn</extracomment>
        <translation>L&apos;adresse à laquelle se connectent les clients et les consoles de technicien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site FQDN</source>
        <extracomment>02_failover_primary_failed.json#site_fqdn</extracomment>
        <translation>FQDN du site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed primary appliance</source>
        <extracomment>02_failover_primary_failed.json#primary_host</extracomment>
        <translation>Appliance principale en panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name or IP address of the failed primary appliance.</source>
        <extracomment>02_failover_primary_failed.json#primary_host</extracomment>
        <translation>Le nom d&apos;hôte ou l&apos;adresse IP de l&apos;appliance principale en panne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup appliance</source>
        <extracomment>02_failover_primary_failed.json#backup_host</extracomment>
        <translation>Appliance de secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name or IP address of the backup appliance that will take over.</source>
        <extracomment>02_failover_primary_failed.json#backup_host</extracomment>
        <translation>Le nom d&apos;hôte ou l&apos;adresse IP de l&apos;appliance de secours qui va prendre le relais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirect network traffic from the primary to the backup appliance</source>
        <extracomment>02_failover_primary_failed.json#routing</extracomment>
        <translation>Rediriger le trafic réseau de l&apos;appliance principale vers celle de secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirect network traffic from the primary to the backup appliance. How are the appliances configured?</source>
        <extracomment>02_failover_primary_failed.json#routing</extracomment>
        <translation>Redirigez le trafic réseau de l&apos;appliance principale vers celle de secours. Comment les appliances sont-elles configurées&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network routing method</source>
        <extracomment>02_failover_primary_failed.json#routing</extracomment>
        <translation>Méthode de routage réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared IP</source>
        <extracomment>02_failover_primary_failed.json#routing</extracomment>
        <translation>IP partagée (shared IP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS swing</source>
        <extracomment>02_failover_primary_failed.json#routing</extracomment>
        <translation>Bascule DNS (DNS swing)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAT swing</source>
        <extracomment>02_failover_primary_failed.json#routing</extracomment>
        <translation>Bascule NAT (NAT swing)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**Shared IP:** The backup appliance automatically takes over the IP address of the failed appliance.</source>
        <extracomment>02_failover_primary_failed.json#redirect_shared_ip</extracomment>
        <translation>**IP partagée&#xa0;:** l&apos;appliance de secours reprend automatiquement l&apos;adresse IP de l&apos;appliance en panne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address of the backup appliance</source>
        <extracomment>02_failover_primary_failed.json#backup_ip</extracomment>
        <translation>Adresse IP de l&apos;appliance de secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The IP address the DNS A-record must now resolve to.</source>
        <extracomment>02_failover_primary_failed.json#backup_ip</extracomment>
        <translation>L&apos;adresse IP vers laquelle l&apos;enregistrement DNS A doit maintenant pointer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup appliance IP address</source>
        <extracomment>02_failover_primary_failed.json#backup_ip</extracomment>
        <translation>Adresse IP de l&apos;appliance de secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**DNS swing:** Update the DNS A-record of the primary appliance to resolve the IP address of the backup appliance.</source>
        <extracomment>02_failover_primary_failed.json#redirect_dns</extracomment>
        <translation>**Bascule DNS&#xa0;:** modifiez l&apos;enregistrement DNS A de l&apos;appliance principale pour qu&apos;il pointe vers l&apos;adresse IP de l&apos;appliance de secours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site name resolves to the backup appliance</source>
        <extracomment>02_failover_primary_failed.json#verify_dns</extracomment>
        <translation>Le nom du site pointe vers l&apos;appliance de secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks that the DNS A-record of the site now resolves to the IP address of the backup appliance.</source>
        <extracomment>02_failover_primary_failed.json#verify_dns</extracomment>
        <translation>Vérifie que l&apos;enregistrement DNS A du site pointe maintenant vers l&apos;adresse IP de l&apos;appliance de secours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**NAT swing:** Update the firewall NAT rule(s) to resolve the client-facing / public IP of the failed appliance to the private IP of the backup appliance.</source>
        <extracomment>02_failover_primary_failed.json#redirect_nat</extracomment>
        <translation>**Bascule NAT&#xa0;:** modifiez la ou les règles NAT du pare-feu pour que l&apos;IP publique, côté clients, de l&apos;appliance en panne soit traduite vers l&apos;IP privée de l&apos;appliance de secours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site address answers, and it is the backup appliance</source>
        <extracomment>02_failover_primary_failed.json#verify_site_address</extracomment>
        <translation>L&apos;adresse du site répond, et c&apos;est l&apos;appliance de secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks that the site address answers and that the appliance behind it is the backup appliance (same appliance GUID in check_health).</source>
        <extracomment>02_failover_primary_failed.json#verify_site_address</extracomment>
        <translation>Vérifie que l&apos;adresse du site répond et que l&apos;appliance derrière est l&apos;appliance de secours (même GUID d&apos;appliance dans check_health).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the backup appliance take over the primary role</source>
        <extracomment>02_failover_primary_failed.json#automatic_failover</extracomment>
        <translation>Faire prendre le rôle principal à l&apos;appliance de secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the backup appliance take over the primary role. Is **Enable Automatic Failover** enabled or disabled?</source>
        <extracomment>02_failover_primary_failed.json#automatic_failover</extracomment>
        <translation>Faites prendre le rôle principal à l&apos;appliance de secours. **Enable Automatic Failover** est-il activé ou désactivé&#xa0;?</translation>
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
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <extracomment>02_failover_primary_failed.json#automatic_failover</extracomment>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic failover: the backup takes the primary role by itself</source>
        <extracomment>02_failover_primary_failed.json#automatic_takeover</extracomment>
        <translation>Basculement automatique&#xa0;: l&apos;appliance de secours prend le rôle principal d&apos;elle-même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**Enabled:** If the backup appliance can reach the **Network Connectivity Test IPs** and cannot reach the primary appliance during the **Primary Site Instance Timeout** period, the backup appliance automatically takes the primary role.</source>
        <extracomment>02_failover_primary_failed.json#automatic_takeover</extracomment>
        <translation>**Activé&#xa0;:** si l&apos;appliance de secours joint les **Network Connectivity Test IPs** mais ne joint pas l&apos;appliance principale pendant la durée **Primary Site Instance Timeout**, elle prend automatiquement le rôle principal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in automatic failover and API-driven role changes can conflict: do not also change the role by hand or through the API.</source>
        <extracomment>02_failover_primary_failed.json#automatic_takeover</extracomment>
        <translation>Le basculement automatique intégré et les changements de rôle par l&apos;API peuvent entrer en conflit&#xa0;: ne changez pas en plus le rôle à la main ou par l&apos;API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup appliance has taken the primary role</source>
        <extracomment>02_failover_primary_failed.json#observe_automatic_role</extracomment>
        <translation>L&apos;appliance de secours a pris le rôle principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observes the backup appliance&apos;s failover role in check_health until it reads primary.</source>
        <extracomment>02_failover_primary_failed.json#observe_automatic_role</extracomment>
        <translation>Observe le rôle de basculement de l&apos;appliance de secours dans check_health jusqu&apos;à ce qu&apos;il indique primary.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the Become Primary button or the API</source>
        <extracomment>02_failover_primary_failed.json#promote_method</extracomment>
        <translation>Utiliser le bouton «&#xa0;Become Primary&#xa0;» ou l&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**Disabled:** Use the **Become Primary** button or the **API command:** set failover role.</source>
        <extracomment>02_failover_primary_failed.json#promote_method</extracomment>
        <translation>**Désactivé&#xa0;:** utilisez le bouton **Become Primary** ou la **commande API&#xa0;:** set failover role.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How will the backup appliance become primary?</source>
        <extracomment>02_failover_primary_failed.json#promote_method</extracomment>
        <translation>Comment l&apos;appliance de secours va-t-elle devenir principale&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Become Primary button</source>
        <extracomment>02_failover_primary_failed.json#promote_method</extracomment>
        <translation>Bouton «&#xa0;Become Primary&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API command: set failover role</source>
        <extracomment>02_failover_primary_failed.json#promote_method</extracomment>
        <translation>Commande API&#xa0;: set failover role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click Become Primary on the backup appliance</source>
        <extracomment>02_failover_primary_failed.json#become_primary_button</extracomment>
        <translation>Cliquer sur «&#xa0;Become Primary&#xa0;» sur l&apos;appliance de secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To use the button, log into the backup appliance&apos;s /login administrative web interface. Browse to **Management &gt; Failover**. Click **Become Primary**, leaving the adjacent box not checked.</source>
        <extracomment>02_failover_primary_failed.json#become_primary_button</extracomment>
        <translation>Pour utiliser le bouton, connectez-vous à l&apos;interface web d&apos;administration /login de l&apos;appliance de secours. Allez dans **Management &gt; Failover**. Cliquez sur **Become Primary** en laissant la case voisine décochée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the adjacent box not checked: a role change that syncs first disconnects every user on the current primary, and nothing else works until the swap ends.</source>
        <extracomment>02_failover_primary_failed.json#become_primary_button</extracomment>
        <translation>Laissez la case voisine décochée&#xa0;: un changement de rôle précédé d&apos;une synchronisation déconnecte tous les utilisateurs de l&apos;appliance principale actuelle, et plus rien ne fonctionne avant la fin de l&apos;échange.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The old primary appliance does not answer from here</source>
        <extracomment>02_failover_primary_failed.json#guard_primary_down</extracomment>
        <translation>L&apos;ancienne appliance principale ne répond pas d&apos;ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before promoting the backup, make sure the failed primary is really down: two primaries would split the site.</source>
        <extracomment>02_failover_primary_failed.json#guard_primary_down</extracomment>
        <translation>Avant de promouvoir l&apos;appliance de secours, assurez-vous que l&apos;appliance principale en panne est vraiment arrêtée&#xa0;: deux appliances principales scinderaient le site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other appliance reports the primary role</source>
        <extracomment>02_failover_primary_failed.json#guard_no_other_primary</extracomment>
        <translation>Aucune autre appliance n&apos;annonce le rôle principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the backup appliance for get_appliances: no appliance of the pair may report the primary role.</source>
        <extracomment>02_failover_primary_failed.json#guard_no_other_primary</extracomment>
        <translation>Interroge l&apos;appliance de secours par get_appliances&#xa0;: aucune appliance de la paire ne doit annoncer le rôle principal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup appliance is healthy</source>
        <extracomment>02_failover_primary_failed.json#guard_backup_healthy</extracomment>
        <translation>L&apos;appliance de secours est en bon état</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check_health on the backup appliance reports success.</source>
        <extracomment>02_failover_primary_failed.json#guard_backup_healthy</extracomment>
        <translation>check_health sur l&apos;appliance de secours indique un succès.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the backup appliance primary (API command: set failover role)</source>
        <extracomment>02_failover_primary_failed.json#set_role_primary</extracomment>
        <translation>Rendre principale l&apos;appliance de secours (commande API&#xa0;: set failover role)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends the API command set failover role with role=primary to the backup appliance, without syncing first.</source>
        <extracomment>02_failover_primary_failed.json#set_role_primary</extracomment>
        <translation>Envoie la commande API set failover role avec role=primary à l&apos;appliance de secours, sans synchronisation préalable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in automatic failover and API-driven role changes can conflict: use the API only when **Enable Automatic Failover** is disabled.</source>
        <extracomment>02_failover_primary_failed.json#set_role_primary</extracomment>
        <translation>Le basculement automatique intégré et les changements de rôle par l&apos;API peuvent entrer en conflit&#xa0;: n&apos;utilisez l&apos;API que si **Enable Automatic Failover** est désactivé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make %1 the primary appliance now.</source>
        <extracomment>02_failover_primary_failed.json#set_role_primary</extracomment>
        <translation>Rendre %1 principale maintenant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup appliance reports the primary role</source>
        <extracomment>02_failover_primary_failed.json#role_is_primary</extracomment>
        <translation>L&apos;appliance de secours annonce le rôle principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polls check_health on the backup appliance until its failover role reads primary.</source>
        <extracomment>02_failover_primary_failed.json#role_is_primary</extracomment>
        <translation>Interroge check_health sur l&apos;appliance de secours jusqu&apos;à ce que son rôle de basculement indique primary.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shared IP answers, and it is the backup appliance</source>
        <extracomment>02_failover_primary_failed.json#verify_shared_ip</extracomment>
        <translation>L&apos;IP partagée répond, et c&apos;est l&apos;appliance de secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks that the site address answers and that the appliance behind it is the backup appliance (same appliance GUID in check_health). The shared IP address is served by the appliance in the primary role, so it moves to the backup appliance once it has taken that role.</source>
        <extracomment>02_failover_primary_failed.json#verify_shared_ip</extracomment>
        <translation>Vérifie que l&apos;adresse du site répond et que l&apos;appliance derrière est l&apos;appliance de secours (même GUID d&apos;appliance dans check_health). L&apos;adresse IP partagée est servie par l&apos;appliance qui a le rôle principal&#xa0;; elle passe donc à l&apos;appliance de secours dès que celle-ci a pris ce rôle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the clients are working</source>
        <extracomment>02_failover_primary_failed.json#clients_working</extracomment>
        <translation>Confirmer que les clients fonctionnent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the clients are working, and proceed to perform maintenance on the failed appliance.</source>
        <extracomment>02_failover_primary_failed.json#clients_working</extracomment>
        <translation>Confirmez que les clients fonctionnent, puis passez à la maintenance de l&apos;appliance en panne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the failed appliance</source>
        <extracomment>02_failover_primary_failed.json#restore_failed_unit</extracomment>
        <translation>Restaurer l&apos;appliance en panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When an appliance in a failover pair has failed and been replaced, the second appliance in the pair should be servicing clients while the failed appliance is restored. The restore process for the failed appliance varies depending on its type.</source>
        <extracomment>02_failover_primary_failed.json#restore_failed_unit</extracomment>
        <translation>Quand une appliance d&apos;une paire de basculement est tombée en panne et a été remplacée, la seconde appliance de la paire doit servir les clients pendant la restauration de l&apos;appliance en panne. La procédure de restauration dépend de son type.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the Virtual appliance or Hardware appliance scenario until the repaired appliance&apos;s /appliance web interface is online, then continue here.</source>
        <extracomment>02_failover_primary_failed.json#restore_failed_unit</extracomment>
        <translation>Suivez le scénario Appliance virtuelle ou Appliance matérielle jusqu&apos;à ce que l&apos;interface web /appliance de l&apos;appliance réparée soit en ligne, puis revenez ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore its certificates</source>
        <extracomment>02_failover_primary_failed.json#certificate_source</extracomment>
        <translation>Restaurer ses certificats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the appliance has been restored, restore its certificates either from a backup or by exporting them from the primary appliance.</source>
        <extracomment>02_failover_primary_failed.json#certificate_source</extracomment>
        <translation>Une fois l&apos;appliance restaurée, restaurez ses certificats, soit depuis une sauvegarde, soit en les exportant depuis l&apos;appliance principale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where do the certificates come from?</source>
        <extracomment>02_failover_primary_failed.json#certificate_source</extracomment>
        <translation>D&apos;où viennent les certificats&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From a backup</source>
        <extracomment>02_failover_primary_failed.json#certificate_source</extracomment>
        <translation>D&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export them from the primary appliance</source>
        <extracomment>02_failover_primary_failed.json#certificate_source</extracomment>
        <translation>Les exporter depuis l&apos;appliance principale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore its /login administrative interface</source>
        <extracomment>02_failover_primary_failed.json#login_site_package</extracomment>
        <translation>Restaurer son interface d&apos;administration /login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the failed appliance is online and has the primary appliance&apos;s certificates installed, restore its /login administrative interface. Since the primary appliance should already have all settings and data, it is generally not advisable to restore backup files to a backup appliance manually. However, installing a /login site package is needed.</source>
        <extracomment>02_failover_primary_failed.json#login_site_package</extracomment>
        <translation>Une fois l&apos;appliance en panne en ligne avec les certificats de l&apos;appliance principale installés, restaurez son interface d&apos;administration /login. L&apos;appliance principale devant déjà avoir tous les réglages et données, il n&apos;est en général pas conseillé de restaurer manuellement des fichiers de sauvegarde sur une appliance de secours. Il faut en revanche installer un paquet de site /login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is a backup file needed?</source>
        <extracomment>02_failover_primary_failed.json#backup_needed</extracomment>
        <translation>Faut-il un fichier de sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is still possible to download and restore backup files to failover appliances; however, it is not ideal unless the primary failover appliance is missing crucial data that exists only in a backup file.</source>
        <extracomment>02_failover_primary_failed.json#backup_needed</extracomment>
        <translation>Il reste possible de télécharger et restaurer des fichiers de sauvegarde sur des appliances en basculement&#xa0;; ce n&apos;est toutefois pas idéal, sauf s&apos;il manque à l&apos;appliance principale des données cruciales qui n&apos;existent que dans un fichier de sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is the primary failover appliance missing crucial data that exists only in a backup file?</source>
        <extracomment>02_failover_primary_failed.json#backup_needed</extracomment>
        <translation>Manque-t-il à l&apos;appliance principale des données cruciales qui n&apos;existent que dans un fichier de sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: establish failover and sync</source>
        <extracomment>02_failover_primary_failed.json#backup_needed</extracomment>
        <translation>Non&#xa0;: établir le basculement et synchroniser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes: restore a backup file</source>
        <extracomment>02_failover_primary_failed.json#backup_needed</extracomment>
        <translation>Oui&#xa0;: restaurer un fichier de sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring a backup overwrites the failover settings</source>
        <extracomment>02_failover_primary_failed.json#restore_warning</extracomment>
        <translation>Restaurer une sauvegarde écrase les réglages de basculement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a backup is restored, failover settings are overwritten with the values contained in the backup. This includes both **/login &gt; Management &gt; Failover** settings and the **Inter-appliance Communication Pre-shared Key** found in **/login &gt; Management &gt; Security**. This means that if a backup is restored to an appliance in active failover, the failover connection is likely to have issues.</source>
        <extracomment>02_failover_primary_failed.json#restore_warning</extracomment>
        <translation>Si une sauvegarde est restaurée, les réglages de basculement sont remplacés par les valeurs de la sauvegarde. Cela concerne à la fois les réglages de **/login &gt; Management &gt; Failover** et la **Inter-appliance Communication Pre-shared Key** de **/login &gt; Management &gt; Security**. Si une sauvegarde est restaurée sur une appliance en basculement actif, la connexion de basculement aura donc probablement des problèmes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Because of this, the best practice is to break failover, restore the backup, reset the pre-shared key, and re-establish the failover relationship.</source>
        <extracomment>02_failover_primary_failed.json#restore_warning</extracomment>
        <translation>La bonne pratique est donc de rompre le basculement, restaurer la sauvegarde, réinitialiser la clé pré-partagée et rétablir la relation de basculement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For details, please see Failover Dynamics and Options with Bomgar at www.bomgar.com/docs/remote-support/how-to/failover/failover-dynamics-with-bomgar.htm.</source>
        <extracomment>02_failover_primary_failed.json#restore_warning</extracomment>
        <translation>Pour plus de détails, voir «&#xa0;Failover Dynamics and Options with Bomgar&#xa0;» sur www.bomgar.com/docs/remote-support/how-to/failover/failover-dynamics-with-bomgar.htm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break failover</source>
        <extracomment>02_failover_primary_failed.json#break_failover</extracomment>
        <translation>Rompre le basculement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break failover before restoring the backup.</source>
        <extracomment>02_failover_primary_failed.json#break_failover</extracomment>
        <translation>Rompez le basculement avant de restaurer la sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the pre-shared key</source>
        <extracomment>02_failover_primary_failed.json#reset_psk</extracomment>
        <translation>Réinitialiser la clé pré-partagée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the **Inter-appliance Communication Pre-shared Key** found in **/login &gt; Management &gt; Security**.</source>
        <extracomment>02_failover_primary_failed.json#reset_psk</extracomment>
        <translation>Réinitialisez la **Inter-appliance Communication Pre-shared Key** de **/login &gt; Management &gt; Security**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Establish failover and sync</source>
        <extracomment>02_failover_primary_failed.json#establish_failover</extracomment>
        <translation>Établir le basculement et synchroniser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Establish failover from the active appliance to the repaired one and sync them as described in Establish the Primary/Backup Failover Relationship Between Two Appliances at www.bomgar.com/docs/remote-support/how-to/failover/backup.htm.</source>
        <extracomment>02_failover_primary_failed.json#establish_failover</extracomment>
        <translation>Établissez le basculement de l&apos;appliance active vers l&apos;appliance réparée et synchronisez-les comme décrit dans «&#xa0;Establish the Primary/Backup Failover Relationship Between Two Appliances&#xa0;» sur www.bomgar.com/docs/remote-support/how-to/failover/backup.htm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repaired appliance is the backup</source>
        <extracomment>02_failover_primary_failed.json#repaired_is_backup</extracomment>
        <translation>L&apos;appliance réparée est l&apos;appliance de secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the restored appliance in a failover pair has formerly been the primary appliance in the failover relationship, it re-enters the failover relationship as the backup appliance.</source>
        <extracomment>02_failover_primary_failed.json#repaired_is_backup</extracomment>
        <translation>Si l&apos;appliance restaurée d&apos;une paire de basculement était auparavant l&apos;appliance principale de la relation, elle y revient en tant qu&apos;appliance de secours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make it primary once again?</source>
        <extracomment>02_failover_primary_failed.json#make_primary_again</extracomment>
        <translation>La rendre de nouveau principale&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sometimes, it can remain this way, but in other scenarios, it is desirable to make it primary once again.</source>
        <extracomment>02_failover_primary_failed.json#make_primary_again</extracomment>
        <translation>Parfois, cela peut rester ainsi&#xa0;; dans d&apos;autres cas, on souhaite la rendre de nouveau principale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Should the repaired appliance become primary again?</source>
        <extracomment>02_failover_primary_failed.json#make_primary_again</extracomment>
        <translation>L&apos;appliance réparée doit-elle redevenir principale&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, it stays the backup</source>
        <extracomment>02_failover_primary_failed.json#make_primary_again</extracomment>
        <translation>Non, elle reste de secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, make it primary again</source>
        <extracomment>02_failover_primary_failed.json#make_primary_again</extracomment>
        <translation>Oui, la rendre de nouveau principale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Establish failover for planned maintenance</source>
        <extracomment>02_failover_primary_failed.json#planned_maintenance</extracomment>
        <translation>Établir le basculement pour une maintenance planifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the instructions in Establish Failover for Planned Maintenance at www.bomgar.com/docs/remote-support/how-to/failover/planned-maintenance.htm. The process varies slightly, depending on how the network is routing traffic to the primary appliance. The routing methods are IP failover, DNS swing, or NAT swing.</source>
        <extracomment>02_failover_primary_failed.json#planned_maintenance</extracomment>
        <translation>Suivez les instructions de «&#xa0;Establish Failover for Planned Maintenance&#xa0;» sur www.bomgar.com/docs/remote-support/how-to/failover/planned-maintenance.htm. La procédure varie légèrement selon la façon dont le réseau achemine le trafic vers l&apos;appliance principale. Les méthodes de routage sont le basculement d&apos;IP, la bascule DNS ou la bascule NAT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repaired appliance reports the primary role</source>
        <extracomment>02_failover_primary_failed.json#repaired_is_primary</extracomment>
        <translation>L&apos;appliance réparée annonce le rôle principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polls check_health on the repaired appliance until its failover role reads primary.</source>
        <extracomment>02_failover_primary_failed.json#repaired_is_primary</extracomment>
        <translation>Interroge check_health sur l&apos;appliance réparée jusqu&apos;à ce que son rôle de basculement indique primary.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cold spare: bring the spare appliance online</source>
        <extracomment>03_cold_spare.json</extracomment>
        <translation>Rechange à froid&#xa0;: mettre l&apos;appliance de rechange en service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the backups onto the spare appliance first, then redirect client traffic to it by DNS or NAT swing, or give it the failed appliance&apos;s IP address (on the same switch, the switch must be rebooted).</source>
        <extracomment>03_cold_spare.json</extracomment>
        <translation>Restaurer d&apos;abord les sauvegardes sur l&apos;appliance de rechange, puis y rediriger le trafic client par bascule DNS ou NAT, ou lui donner l&apos;adresse IP de l&apos;appliance en panne (sur le même commutateur, il faut redémarrer le commutateur).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore first, then redirect</source>
        <extracomment>03_cold_spare.json#intro</extracomment>
        <translation>Restaurer d&apos;abord, rediriger ensuite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the event that there is a cold spare instead of a failover appliance, begin the recovery process by restoring settings and data from the backup(s) to the spare appliance.</source>
        <extracomment>03_cold_spare.json#intro</extracomment>
        <translation>S&apos;il existe une rechange à froid au lieu d&apos;une appliance de basculement, commencez la reprise en restaurant les réglages et données depuis la ou les sauvegardes sur l&apos;appliance de rechange.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before restoring any of this, first complete the appliance IP network configuration. Once that is done, remaining /appliance configuration, certificates, and /login settings can be restored remotely.</source>
        <extracomment>03_cold_spare.json#intro</extracomment>
        <translation>Avant toute restauration, terminez d&apos;abord la configuration réseau IP de l&apos;appliance. Ensuite, le reste de la configuration /appliance, les certificats et les réglages /login peuvent être restaurés à distance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spare appliance</source>
        <extracomment>03_cold_spare.json#spare_host</extracomment>
        <translation>Appliance de rechange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name or IP address at which the spare appliance answers now.</source>
        <extracomment>03_cold_spare.json#spare_host</extracomment>
        <translation>Le nom d&apos;hôte ou l&apos;adresse IP à laquelle l&apos;appliance de rechange répond maintenant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete the spare&apos;s IP network configuration</source>
        <extracomment>03_cold_spare.json#network_configuration</extracomment>
        <translation>Terminer la configuration réseau IP de la rechange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before restoring any of this, first complete the appliance IP network configuration. Once that is done, remaining /appliance configuration, certificates, and /login settings can be restored remotely as described below.</source>
        <extracomment>03_cold_spare.json#network_configuration</extracomment>
        <translation>Avant toute restauration, terminez d&apos;abord la configuration réseau IP de l&apos;appliance. Ensuite, le reste de la configuration /appliance, les certificats et les réglages /login peuvent être restaurés à distance comme décrit ci-dessous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirect the client traffic to the spare appliance</source>
        <extracomment>03_cold_spare.json#redirect</extracomment>
        <translation>Rediriger le trafic client vers l&apos;appliance de rechange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the data is restored, redirect the client traffic to the spare appliance using DNS or NAT swing. If the spare appliance is on the same local network as the failed appliance, attempt to assign the IP of the failed appliance to the spare appliance.</source>
        <extracomment>03_cold_spare.json#redirect</extracomment>
        <translation>Une fois les données restaurées, redirigez le trafic client vers l&apos;appliance de rechange par bascule DNS ou NAT. Si l&apos;appliance de rechange est sur le même réseau local que l&apos;appliance en panne, essayez de lui attribuer l&apos;IP de l&apos;appliance en panne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How will client traffic reach the spare appliance?</source>
        <extracomment>03_cold_spare.json#redirect</extracomment>
        <translation>Comment le trafic client atteindra-t-il l&apos;appliance de rechange&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same local network: give it the failed appliance&apos;s IP</source>
        <extracomment>03_cold_spare.json#redirect</extracomment>
        <translation>Même réseau local&#xa0;: lui donner l&apos;IP de l&apos;appliance en panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address of the spare appliance</source>
        <extracomment>03_cold_spare.json#spare_ip</extracomment>
        <translation>Adresse IP de l&apos;appliance de rechange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spare appliance IP address</source>
        <extracomment>03_cold_spare.json#spare_ip</extracomment>
        <translation>Adresse IP de l&apos;appliance de rechange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the DNS A-record of the failed appliance to resolve the IP address of the spare appliance.</source>
        <extracomment>03_cold_spare.json#dns_swing</extracomment>
        <translation>Modifiez l&apos;enregistrement DNS A de l&apos;appliance en panne pour qu&apos;il pointe vers l&apos;adresse IP de l&apos;appliance de rechange.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site name resolves to the spare appliance</source>
        <extracomment>03_cold_spare.json#verify_dns</extracomment>
        <translation>Le nom du site pointe vers l&apos;appliance de rechange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks that the DNS A-record of the site now resolves to the IP address of the spare appliance.</source>
        <extracomment>03_cold_spare.json#verify_dns</extracomment>
        <translation>Vérifie que l&apos;enregistrement DNS A du site pointe maintenant vers l&apos;adresse IP de l&apos;appliance de rechange.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the firewall NAT rule(s) to resolve the client-facing / public IP of the failed appliance to the private IP of the spare appliance.</source>
        <extracomment>03_cold_spare.json#nat_swing</extracomment>
        <translation>Modifiez la ou les règles NAT du pare-feu pour que l&apos;IP publique, côté clients, de l&apos;appliance en panne soit traduite vers l&apos;IP privée de l&apos;appliance de rechange.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign the failed appliance&apos;s IP to the spare</source>
        <extracomment>03_cold_spare.json#take_ip</extracomment>
        <translation>Attribuer l&apos;IP de l&apos;appliance en panne à la rechange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the spare appliance is on the same local network as the failed appliance, attempt to assign the IP of the failed appliance to the spare appliance.</source>
        <extracomment>03_cold_spare.json#take_ip</extracomment>
        <translation>Si l&apos;appliance de rechange est sur le même réseau local que l&apos;appliance en panne, essayez de lui attribuer l&apos;IP de l&apos;appliance en panne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same switch?</source>
        <extracomment>03_cold_spare.json#same_switch</extracomment>
        <translation>Même commutateur&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>However, if the spare appliance is on the same switch as the failed appliance, this switch must be rebooted for the change to take effect.</source>
        <extracomment>03_cold_spare.json#same_switch</extracomment>
        <translation>Toutefois, si l&apos;appliance de rechange est sur le même commutateur que l&apos;appliance en panne, ce commutateur doit être redémarré pour que le changement prenne effet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is the spare appliance on the same switch as the failed appliance?</source>
        <extracomment>03_cold_spare.json#same_switch</extracomment>
        <translation>L&apos;appliance de rechange est-elle sur le même commutateur que l&apos;appliance en panne&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, the same switch</source>
        <extracomment>03_cold_spare.json#same_switch</extracomment>
        <translation>Oui, le même commutateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reboot the switch</source>
        <extracomment>03_cold_spare.json#reboot_switch</extracomment>
        <translation>Redémarrer le commutateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The spare appliance is on the same switch as the failed appliance: this switch must be rebooted for the change to take effect.</source>
        <extracomment>03_cold_spare.json#reboot_switch</extracomment>
        <translation>L&apos;appliance de rechange est sur le même commutateur que l&apos;appliance en panne&#xa0;: ce commutateur doit être redémarré pour que le changement prenne effet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site address answers, and it is the spare appliance</source>
        <extracomment>03_cold_spare.json#verify_site_address</extracomment>
        <translation>L&apos;adresse du site répond, et c&apos;est l&apos;appliance de rechange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks that the site address answers and that the appliance behind it is the spare appliance (same appliance GUID in check_health).</source>
        <extracomment>03_cold_spare.json#verify_site_address</extracomment>
        <translation>Vérifie que l&apos;adresse du site répond et que l&apos;appliance derrière est l&apos;appliance de rechange (même GUID d&apos;appliance dans check_health).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual appliance failed</source>
        <extracomment>04_virtual_appliance.json</extracomment>
        <translation>Appliance virtuelle en panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a recent snapshot or checkpoint first; otherwise redeploy the OVA (VMware) or EXE (Hyper-V), enter IP, subnet mask and default gateway on the console, update, and restore certificates and /login.</source>
        <extracomment>04_virtual_appliance.json</extracomment>
        <translation>Restaurer d&apos;abord un instantané ou un point de contrôle récent&#xa0;; sinon redéployer l&apos;OVA (VMware) ou l&apos;EXE (Hyper-V), saisir IP, masque de sous-réseau et passerelle par défaut sur la console, mettre à jour, et restaurer les certificats et /login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshots and checkpoints</source>
        <extracomment>04_virtual_appliance.json#platforms</extracomment>
        <translation>Instantanés et points de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar&apos;s virtual appliances are certified for VMware vCenter 5.0+ and Hyper-V 2012 R2. These appliances support virtual machine **snapshots** (VMware) and **checkpoints** (Hyper-V). A checkpoint or snapshot represents the state of a virtual machine at the time it was taken and includes the following:
- Files and memory state of the virtual machine&apos;s guest operating system
- Settings and configuration of the virtual machine and its virtual hardware.</source>
        <extracomment>04_virtual_appliance.json#platforms</extracomment>
        <translation>Les appliances virtuelles Bomgar sont certifiées pour VMware vCenter 5.0+ et Hyper-V 2012 R2. Elles prennent en charge les **instantanés** (VMware) et **points de contrôle** (Hyper-V) de machines virtuelles. Un point de contrôle ou un instantané représente l&apos;état d&apos;une machine virtuelle au moment où il a été pris et comprend&#xa0;:
- les fichiers et l&apos;état mémoire du système d&apos;exploitation invité de la machine virtuelle
- les réglages et la configuration de la machine virtuelle et de son matériel virtuel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is there a recent snapshot or checkpoint?</source>
        <extracomment>04_virtual_appliance.json#has_snapshot</extracomment>
        <translation>Existe-t-il un instantané ou un point de contrôle récent&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the Bomgar Virtual Appliance experiences a failure and there is a recent snapshot or checkpoint, try restoring it first. This is often the fastest way to restore functionality.</source>
        <extracomment>04_virtual_appliance.json#has_snapshot</extracomment>
        <translation>Si la Bomgar Virtual Appliance tombe en panne et qu&apos;il existe un instantané ou un point de contrôle récent, essayez d&apos;abord de le restaurer. C&apos;est souvent le moyen le plus rapide de rétablir le fonctionnement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the snapshot or checkpoint</source>
        <extracomment>04_virtual_appliance.json#restore_snapshot</extracomment>
        <translation>Restaurer l&apos;instantané ou le point de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the recent snapshot (VMware) or checkpoint (Hyper-V) of the virtual appliance.</source>
        <extracomment>04_virtual_appliance.json#restore_snapshot</extracomment>
        <translation>Restaurez l&apos;instantané (VMware) ou le point de contrôle (Hyper-V) récent de l&apos;appliance virtuelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did the snapshot restore functionality?</source>
        <extracomment>04_virtual_appliance.json#snapshot_worked</extracomment>
        <translation>L&apos;instantané a-t-il rétabli le fonctionnement&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the appliance was repaired or restored from a snapshot instead of replaced or re-installed, the repaired appliance still has a /login site package installed, but it may be necessary to upgrade the site to the same version as the failover appliance or to a version compatible with the backup file.</source>
        <extracomment>04_virtual_appliance.json#snapshot_worked</extracomment>
        <translation>Si l&apos;appliance a été réparée ou restaurée depuis un instantané au lieu d&apos;être remplacée ou réinstallée, elle a toujours un paquet de site /login installé, mais il peut être nécessaire de mettre le site à niveau vers la même version que l&apos;appliance de basculement ou vers une version compatible avec le fichier de sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is the appliance working again?</source>
        <extracomment>04_virtual_appliance.json#snapshot_worked</extracomment>
        <translation>L&apos;appliance fonctionne-t-elle à nouveau&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, re-install it</source>
        <extracomment>04_virtual_appliance.json#snapshot_worked</extracomment>
        <translation>Non, la réinstaller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deployment file</source>
        <extracomment>04_virtual_appliance.json#deployment_file</extracomment>
        <translation>Le fichier de déploiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the Bomgar Virtual Appliance is under an active support maintenance contract, Bomgar Support sends an up-to-date VMware or Hyper-V deployment file for the appliance upon request the event of a failure and/or loss of the virtual appliance. To receive a copy, contact Bomgar Support with company information from an authorized email address. This address would normally be the same used to communicate with Bomgar during the initial deployment of the appliance and/or subsequent administrative-level incident management.</source>
        <extracomment>04_virtual_appliance.json#deployment_file</extracomment>
        <translation>Si la Bomgar Virtual Appliance est couverte par un contrat de maintenance actif, le support Bomgar envoie sur demande un fichier de déploiement VMware ou Hyper-V à jour en cas de panne et/ou de perte de l&apos;appliance virtuelle. Pour en obtenir une copie, contactez le support Bomgar avec les informations de l&apos;entreprise depuis une adresse e-mail autorisée. Il s&apos;agit normalement de l&apos;adresse utilisée pour communiquer avec Bomgar lors du déploiement initial de l&apos;appliance et/ou de la gestion ultérieure d&apos;incidents au niveau administrateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is a local copy of the virtual appliance file at hand?</source>
        <extracomment>04_virtual_appliance.json#deployment_file</extracomment>
        <translation>Une copie locale du fichier de l&apos;appliance virtuelle est-elle disponible&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, a local copy</source>
        <extracomment>04_virtual_appliance.json#deployment_file</extracomment>
        <translation>Oui, une copie locale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, ask Bomgar Support for it</source>
        <extracomment>04_virtual_appliance.json#deployment_file</extracomment>
        <translation>Non, la demander au support Bomgar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into Hyper-V Manager or the VMware client</source>
        <extracomment>04_virtual_appliance.json#log_in_hypervisor</extracomment>
        <translation>Se connecter au gestionnaire Hyper-V ou au client VMware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the Hyper-V Manager or VMware infrastructure client.</source>
        <extracomment>04_virtual_appliance.json#log_in_hypervisor</extracomment>
        <translation>Connectez-vous au gestionnaire Hyper-V ou au client d&apos;infrastructure VMware.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To re-install the virtual appliance, follow the procedures outlined in the Bomgar Virtual Appliance Installation Guide at www.bomgar.com/docs/remote-support/getting-started/deployment/virtual/prerequisites.htm. Access to the VMware or Hyper-V administrative management tool is needed to complete this process.</source>
        <extracomment>04_virtual_appliance.json#log_in_hypervisor</extracomment>
        <translation>Pour réinstaller l&apos;appliance virtuelle, suivez les procédures du Bomgar Virtual Appliance Installation Guide sur www.bomgar.com/docs/remote-support/getting-started/deployment/virtual/prerequisites.htm. Un accès à l&apos;outil d&apos;administration VMware ou Hyper-V est nécessaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy the OVA or EXE</source>
        <extracomment>04_virtual_appliance.json#deploy</extracomment>
        <translation>Déployer l&apos;OVA ou l&apos;EXE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy the **Bomgar OVA** (VMware) or **EXE** (Hyper-V) file.</source>
        <extracomment>04_virtual_appliance.json#deploy</extracomment>
        <translation>Déployez le fichier **Bomgar OVA** (VMware) ou **EXE** (Hyper-V).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power on the virtual appliance</source>
        <extracomment>04_virtual_appliance.json#power_on</extracomment>
        <translation>Allumer l&apos;appliance virtuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the Hyper-V Manager or VMware client to power on the virtual appliance.</source>
        <extracomment>04_virtual_appliance.json#power_on</extracomment>
        <translation>Allumez l&apos;appliance virtuelle avec le gestionnaire Hyper-V ou le client VMware.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the virtual console</source>
        <extracomment>04_virtual_appliance.json#open_console</extracomment>
        <translation>Ouvrir la console virtuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the virtual console.</source>
        <extracomment>04_virtual_appliance.json#open_console</extracomment>
        <translation>Ouvrez la console virtuelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address</source>
        <extracomment>04_virtual_appliance.json#ip_address</extracomment>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the IP address, subnet mask, and default gateway of the appliance.</source>
        <extracomment>04_virtual_appliance.json#ip_address</extracomment>
        <translation>Saisissez l&apos;adresse IP, le masque de sous-réseau et la passerelle par défaut de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network settings of the appliance should already be saved from previous configuration. Otherwise, contact the company network administrator for the appropriate settings.</source>
        <extracomment>04_virtual_appliance.json#ip_address</extracomment>
        <translation>Les réglages réseau de l&apos;appliance devraient déjà être sauvegardés depuis la configuration précédente. Sinon, demandez les réglages appropriés à l&apos;administrateur réseau de l&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subnet mask</source>
        <extracomment>04_virtual_appliance.json#subnet_mask</extracomment>
        <translation>Masque de sous-réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default gateway</source>
        <extracomment>04_virtual_appliance.json#gateway</extracomment>
        <translation>Passerelle par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appliance is accessible on the network</source>
        <extracomment>04_virtual_appliance.json#reachable</extracomment>
        <translation>L&apos;appliance est accessible sur le réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects to TCP port 443 of the address entered on the console.</source>
        <extracomment>04_virtual_appliance.json#reachable</extracomment>
        <translation>Se connecte au port TCP 443 de l&apos;adresse saisie sur la console.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the appliance</source>
        <extracomment>04_virtual_appliance.json#update</extracomment>
        <translation>Mettre l&apos;appliance à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the appliance is accessible on the network, log into the /appliance administrative web interface, update the appliance, and restore settings, as needed.</source>
        <extracomment>04_virtual_appliance.json#update</extracomment>
        <translation>Une fois l&apos;appliance accessible sur le réseau, connectez-vous à l&apos;interface web d&apos;administration /appliance, mettez l&apos;appliance à jour et restaurez les réglages selon les besoins.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a local copy of the deployment file</source>
        <extracomment>04_virtual_appliance.json#keep_local_copy</extracomment>
        <translation>Garder une copie locale du fichier de déploiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A local copy of the virtual appliance file should be saved in case the appliance needs to be restored outside of Bomgar Support&apos;s normal business hours.</source>
        <extracomment>04_virtual_appliance.json#keep_local_copy</extracomment>
        <translation>Gardez une copie locale du fichier de l&apos;appliance virtuelle au cas où l&apos;appliance devrait être restaurée en dehors des heures ouvrées du support Bomgar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hardware appliance failed</source>
        <extracomment>05_hardware_appliance.json</extracomment>
        <translation>Appliance matérielle en panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the service with a spare or backup appliance, repair at the location with Bomgar Support or go through the RMA, optionally use a temporary hosted site, install the replacement over the link-local addresses, restore certificates and /login, and return the defective appliance.</source>
        <extracomment>05_hardware_appliance.json</extracomment>
        <translation>Rétablir le service avec une appliance de rechange ou de secours, réparer sur place avec le support Bomgar ou passer par le RMA, utiliser éventuellement un site hébergé temporaire, installer le remplacement via les adresses link-local, restaurer les certificats et /login, et renvoyer l&apos;appliance défectueuse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the service first</source>
        <extracomment>05_hardware_appliance.json#first_task</extracomment>
        <translation>Rétablir d&apos;abord le service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the event of hardware failure, the first task is to restore the Bomgar service on the network. If there is a backup or spare hardware appliance, bring it online. If this is not an option, it may be possible to repair the failed appliance remotely with assistance from Bomgar Support. In the event that this is not possible, Bomgar Support can provide access to a temporary Bomgar site hosted on Bomgar&apos;s servers while new hardware is being shipped.</source>
        <extracomment>05_hardware_appliance.json#first_task</extracomment>
        <translation>En cas de panne matérielle, la première tâche est de rétablir le service Bomgar sur le réseau. S&apos;il existe une appliance matérielle de secours ou de rechange, mettez-la en service. Sinon, il est peut-être possible de réparer l&apos;appliance en panne à distance avec l&apos;aide du support Bomgar. Si ce n&apos;est pas possible, le support Bomgar peut donner accès à un site Bomgar temporaire hébergé sur les serveurs de Bomgar pendant l&apos;expédition du nouveau matériel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipment of new hardware is covered under the maintenance contract with Bomgar, and Bomgar Support remains actively involved throughout the the process of shipment, installation, and return of the failed hardware. Bomgar makes all reasonable attempts to help retain data but cannot guarantee that any or all data will remain intact through this process.</source>
        <extracomment>05_hardware_appliance.json#first_task</extracomment>
        <translation>L&apos;expédition du nouveau matériel est couverte par le contrat de maintenance avec Bomgar, et le support Bomgar reste impliqué pendant l&apos;expédition, l&apos;installation et le retour du matériel en panne. Bomgar fait tout ce qui est raisonnablement possible pour conserver les données mais ne peut garantir qu&apos;elles resteront intactes, en tout ou en partie, au cours de ce processus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is there a backup or spare hardware appliance?</source>
        <extracomment>05_hardware_appliance.json#spare</extracomment>
        <translation>Existe-t-il une appliance matérielle de secours ou de rechange&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If there is a backup or spare hardware appliance, bring it online.</source>
        <extracomment>05_hardware_appliance.json#spare</extracomment>
        <translation>S&apos;il existe une appliance matérielle de secours ou de rechange, mettez-la en service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, a failover backup appliance</source>
        <extracomment>05_hardware_appliance.json#spare</extracomment>
        <translation>Oui, une appliance de secours en basculement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, a cold spare</source>
        <extracomment>05_hardware_appliance.json#spare</extracomment>
        <translation>Oui, une rechange à froid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the backup appliance online</source>
        <extracomment>05_hardware_appliance.json#use_failover</extracomment>
        <translation>Mettre l&apos;appliance de secours en service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the backup appliance online with the scenario &quot;Failover pair: the primary appliance failed&quot;, then continue here to repair the failed appliance.</source>
        <extracomment>05_hardware_appliance.json#use_failover</extracomment>
        <translation>Mettez l&apos;appliance de secours en service avec le scénario «&#xa0;Paire de basculement&#xa0;: l&apos;appliance principale est en panne&#xa0;», puis revenez ici pour réparer l&apos;appliance en panne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the spare appliance online</source>
        <extracomment>05_hardware_appliance.json#use_spare</extracomment>
        <translation>Mettre l&apos;appliance de rechange en service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the spare appliance online with the scenario &quot;Cold spare: bring the spare appliance online&quot;, then continue here to repair the failed appliance.</source>
        <extracomment>05_hardware_appliance.json#use_spare</extracomment>
        <translation>Mettez l&apos;appliance de rechange en service avec le scénario «&#xa0;Rechange à froid&#xa0;: mettre l&apos;appliance de rechange en service&#xa0;», puis revenez ici pour réparer l&apos;appliance en panne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is replacement hardware on its way?</source>
        <extracomment>05_hardware_appliance.json#replacement_needed</extracomment>
        <translation>Du matériel de remplacement est-il en route&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If Bomgar Support determines that at-location repair is not possible, the RMA process is initiated.</source>
        <extracomment>05_hardware_appliance.json#replacement_needed</extracomment>
        <translation>Si le support Bomgar constate qu&apos;une réparation sur place est impossible, le processus de RMA est lancé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was the appliance repaired at its location, or is new hardware being shipped?</source>
        <extracomment>05_hardware_appliance.json#replacement_needed</extracomment>
        <translation>L&apos;appliance a-t-elle été réparée sur place, ou du matériel neuf est-il expédié&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repaired at its location</source>
        <extracomment>05_hardware_appliance.json#replacement_needed</extracomment>
        <translation>Réparée sur place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New hardware is being shipped</source>
        <extracomment>05_hardware_appliance.json#replacement_needed</extracomment>
        <translation>Du matériel neuf est expédié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A temporary hosted site meanwhile?</source>
        <extracomment>05_hardware_appliance.json#temporary_site</extracomment>
        <translation>Un site hébergé temporaire en attendant&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar Support can provide access to a temporary Bomgar site hosted on Bomgar&apos;s servers while new hardware is being shipped.</source>
        <extracomment>05_hardware_appliance.json#temporary_site</extracomment>
        <translation>Le support Bomgar peut donner accès à un site Bomgar temporaire hébergé sur les serveurs de Bomgar pendant l&apos;expédition du nouveau matériel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would a temporary hosted site be helpful?</source>
        <extracomment>05_hardware_appliance.json#temporary_site</extracomment>
        <translation>Un site hébergé temporaire serait-il utile&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up the temporary hosted site</source>
        <extracomment>05_hardware_appliance.json#use_hosted_site</extracomment>
        <translation>Mettre en place le site hébergé temporaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the scenario &quot;Temporary hosted site&quot;, then continue here when the new hardware arrives.</source>
        <extracomment>05_hardware_appliance.json#use_hosted_site</extracomment>
        <translation>Suivez le scénario «&#xa0;Site hébergé temporaire&#xa0;», puis revenez ici quand le nouveau matériel arrive.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return the defective appliance?</source>
        <extracomment>05_hardware_appliance.json#was_replaced</extracomment>
        <translation>Renvoyer l&apos;appliance défectueuse&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In cases where you have replaced a failed hardware appliance, it will be necessary to dispose of the failed hardware.</source>
        <extracomment>05_hardware_appliance.json#was_replaced</extracomment>
        <translation>Si vous avez remplacé une appliance matérielle en panne, il faudra vous défaire du matériel en panne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was the failed appliance replaced?</source>
        <extracomment>05_hardware_appliance.json#was_replaced</extracomment>
        <translation>L&apos;appliance en panne a-t-elle été remplacée&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, it must go back</source>
        <extracomment>05_hardware_appliance.json#was_replaced</extracomment>
        <translation>Oui, elle doit être renvoyée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, it was repaired</source>
        <extracomment>05_hardware_appliance.json#was_replaced</extracomment>
        <translation>Non, elle a été réparée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary hosted site</source>
        <extracomment>06_temporary_hosted_site.json</extracomment>
        <translation>Site hébergé temporaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Know the limits of a temporary site on Bomgar&apos;s shared appliances, then obtain one and upload the settings of a backup.</source>
        <extracomment>06_temporary_hosted_site.json</extracomment>
        <translation>Connaître les limites d&apos;un site temporaire sur les appliances partagées de Bomgar, puis en obtenir un et y charger les réglages d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The limits of a hosted site</source>
        <extracomment>06_temporary_hosted_site.json#limits</extracomment>
        <translation>Les limites d&apos;un site hébergé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar can provide access to temporary hosted sites on shared appliances in Bomgar&apos;s data centers. However, hosted sites have limitations. In most cases, client software from the original site (e.g., Jump Clients, Jumpoints, and rep consoles) do not transfer to the hosted site, and new clients deployed from the hosted site are not normally transferred back to the original site, once it is back online.</source>
        <extracomment>06_temporary_hosted_site.json#limits</extracomment>
        <translation>Bomgar peut donner accès à des sites hébergés temporaires sur des appliances partagées dans ses centres de données. Ces sites ont toutefois des limites. Le plus souvent, le logiciel client du site d&apos;origine (par ex. Jump Clients, Jumpoints et consoles de technicien) ne se transfère pas vers le site hébergé, et les nouveaux clients déployés depuis le site hébergé ne sont normalement pas retransférés vers le site d&apos;origine une fois celui-ci rétabli.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Because hosted sites exist outside of the network, endpoints planning to be supported from a hosted site must be able to access these data centers over the public internet.</source>
        <extracomment>06_temporary_hosted_site.json#limits</extracomment>
        <translation>Les sites hébergés étant hors du réseau, les postes à prendre en charge depuis un site hébergé doivent pouvoir accéder à ces centres de données par l&apos;internet public.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If these users and/or configurations rely on resources internal to the network (e.g., Active Directory, RADIUS, and/or Kerberos servers), these resources are usually inaccessible from the hosted site.</source>
        <extracomment>06_temporary_hosted_site.json#limits</extracomment>
        <translation>Si ces utilisateurs et/ou configurations dépendent de ressources internes au réseau (par ex. serveurs Active Directory, RADIUS et/ou Kerberos), ces ressources sont en général inaccessibles depuis le site hébergé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic to and from the hosted site is encrypted with Bomgar&apos;s SSL certificates and connects with a domain name in Bomgar&apos;s namespace (e.g., &quot;tempsite.bomgar.com&quot;). The original company certificate(s) and hostname(s) are not used.</source>
        <extracomment>06_temporary_hosted_site.json#limits</extracomment>
        <translation>Le trafic vers et depuis le site hébergé est chiffré avec les certificats SSL de Bomgar et utilise un nom de domaine de l&apos;espace de noms de Bomgar (par ex. «&#xa0;tempsite.bomgar.com&#xa0;»). Les certificats et noms d&apos;hôte d&apos;origine de l&apos;entreprise ne sont pas utilisés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If there is an up-to-date backup, user data can be uploaded and configured in the hosted site.</source>
        <extracomment>06_temporary_hosted_site.json#limits</extracomment>
        <translation>S&apos;il existe une sauvegarde à jour, les données utilisateur peuvent être chargées et configurées sur le site hébergé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact Bomgar Technical Support</source>
        <extracomment>06_temporary_hosted_site.json#contact_support</extracomment>
        <translation>Contacter le support technique Bomgar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact Bomgar Technical Support at www.bomgar.com/help.</source>
        <extracomment>06_temporary_hosted_site.json#contact_support</extracomment>
        <translation>Contactez le support technique Bomgar sur www.bomgar.com/help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for credentials</source>
        <extracomment>06_temporary_hosted_site.json#wait_credentials</extracomment>
        <translation>Attendre les identifiants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for credentials.</source>
        <extracomment>06_temporary_hosted_site.json#wait_credentials</extracomment>
        <translation>Attendez les identifiants.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address of the new site</source>
        <extracomment>06_temporary_hosted_site.json#site_url</extracomment>
        <translation>Adresse du nouveau site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address of the temporary site in Bomgar&apos;s namespace (e.g., &quot;tempsite.bomgar.com&quot;).</source>
        <extracomment>06_temporary_hosted_site.json#site_url</extracomment>
        <translation>L&apos;adresse du site temporaire dans l&apos;espace de noms de Bomgar (par ex. «&#xa0;tempsite.bomgar.com&#xa0;»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary site address</source>
        <extracomment>06_temporary_hosted_site.json#site_url</extracomment>
        <translation>Adresse du site temporaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the new site</source>
        <extracomment>06_temporary_hosted_site.json#log_in</extracomment>
        <translation>Se connecter au nouveau site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the new site.</source>
        <extracomment>06_temporary_hosted_site.json#log_in</extracomment>
        <translation>Connectez-vous au nouveau site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Software Management</source>
        <extracomment>06_temporary_hosted_site.json#software_management</extracomment>
        <translation>Ouvrir Software Management</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to **Management &gt; Software Management**.</source>
        <extracomment>06_temporary_hosted_site.json#software_management</extracomment>
        <translation>Allez dans **Management &gt; Software Management**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for the software backup</source>
        <extracomment>06_temporary_hosted_site.json#backup_file</extracomment>
        <translation>Choisir la sauvegarde logicielle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use **Restore Settings** to browse for the software backup.</source>
        <extracomment>06_temporary_hosted_site.json#backup_file</extracomment>
        <translation>Utilisez **Restore Settings** pour choisir la sauvegarde logicielle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup is up to date and its version is known</source>
        <extracomment>06_temporary_hosted_site.json#check_backup</extracomment>
        <translation>La sauvegarde est à jour et sa version est connue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the backup password</source>
        <extracomment>06_temporary_hosted_site.json#backup_password</extracomment>
        <translation>Saisir le mot de passe de la sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the backup password created, if applicable.</source>
        <extracomment>06_temporary_hosted_site.json#backup_password</extracomment>
        <translation>Saisissez le mot de passe de la sauvegarde, s&apos;il y en a un.</translation>
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
        <translation>Cliquez sur **Upload Backup**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas cluster: a master or a traffic node failed</source>
        <extracomment>07_atlas_cluster.json</extracomment>
        <translation>Cluster Atlas&#xa0;: un maître ou un nœud de trafic est en panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A failed master follows the failover steps; a failed traffic node is restored, gets its /login site package, rejoins the cluster, is synced from the primary master, and is proven by a rep console routing through it.</source>
        <extracomment>07_atlas_cluster.json</extracomment>
        <translation>Un maître en panne suit les étapes de basculement&#xa0;; un nœud de trafic en panne est restauré, reçoit son paquet de site /login, rejoint le cluster, est synchronisé depuis le maître principal et validé par une console de technicien passant par lui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas clusters</source>
        <extracomment>07_atlas_cluster.json#intro</extracomment>
        <translation>Clusters Atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Like failover, Atlas clusters have special requirements. An Atlas cluster typically consists of a failover pair of master appliances that route traffic between a number of traffic node appliances.</source>
        <extracomment>07_atlas_cluster.json#intro</extracomment>
        <translation>Comme le basculement, les clusters Atlas ont des exigences particulières. Un cluster Atlas se compose en général d&apos;une paire de basculement d&apos;appliances maîtres qui acheminent le trafic entre plusieurs appliances nœuds de trafic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which appliance failed?</source>
        <extracomment>07_atlas_cluster.json#which_failed</extracomment>
        <translation>Quelle appliance est en panne&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If one of the master appliances fail, refer to the failover recovery guidelines.</source>
        <extracomment>07_atlas_cluster.json#which_failed</extracomment>
        <translation>Si l&apos;une des appliances maîtres tombe en panne, reportez-vous aux consignes de reprise par basculement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which appliance of the cluster failed?</source>
        <extracomment>07_atlas_cluster.json#which_failed</extracomment>
        <translation>Quelle appliance du cluster est en panne&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A master appliance</source>
        <extracomment>07_atlas_cluster.json#which_failed</extracomment>
        <translation>Une appliance maître</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A traffic node</source>
        <extracomment>07_atlas_cluster.json#which_failed</extracomment>
        <translation>Un nœud de trafic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the failover recovery guidelines</source>
        <extracomment>07_atlas_cluster.json#master_failed</extracomment>
        <translation>Suivre les consignes de reprise par basculement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If one of the master appliances fail, refer to the failover recovery guidelines: run the scenario &quot;Failover pair: the primary appliance failed&quot;.</source>
        <extracomment>07_atlas_cluster.json#master_failed</extracomment>
        <translation>Si l&apos;une des appliances maîtres tombe en panne, reportez-vous aux consignes de reprise par basculement&#xa0;: lancez le scénario «&#xa0;Paire de basculement&#xa0;: l&apos;appliance principale est en panne&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary master appliance</source>
        <extracomment>07_atlas_cluster.json#primary_master</extracomment>
        <translation>Appliance maître principale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name or IP address of the primary master appliance.</source>
        <extracomment>07_atlas_cluster.json#primary_master</extracomment>
        <translation>Le nom d&apos;hôte ou l&apos;adresse IP de l&apos;appliance maître principale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed traffic node</source>
        <extracomment>07_atlas_cluster.json#traffic_node</extracomment>
        <translation>Nœud de trafic en panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name or IP address of the failed traffic node.</source>
        <extracomment>07_atlas_cluster.json#traffic_node</extracomment>
        <translation>Le nom d&apos;hôte ou l&apos;adresse IP du nœud de trafic en panne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic node</source>
        <extracomment>07_atlas_cluster.json#traffic_node</extracomment>
        <translation>Nœud de trafic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the appliance</source>
        <extracomment>07_atlas_cluster.json#restore_node</extracomment>
        <translation>Restaurer l&apos;appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the appliance.</source>
        <extracomment>07_atlas_cluster.json#restore_node</extracomment>
        <translation>Restaurez l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restore process varies depending on the appliance type: follow the Virtual appliance or Hardware appliance scenario until its /appliance web interface is online and its certificates are restored.</source>
        <extracomment>07_atlas_cluster.json#restore_node</extracomment>
        <translation>La procédure de restauration dépend du type d&apos;appliance&#xa0;: suivez le scénario Appliance virtuelle ou Appliance matérielle jusqu&apos;à ce que son interface web /appliance soit en ligne et ses certificats restaurés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add it back into the Atlas cluster</source>
        <extracomment>07_atlas_cluster.json#add_to_cluster</extracomment>
        <translation>La réintégrer dans le cluster Atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the recovered appliance back into the Atlas cluster. Please see Configure the Traffic Nodes in an Atlas Cluster at www.bomgar.com/docs/remote-support/how-to/atlas/atlas-slave.htm for more information.</source>
        <extracomment>07_atlas_cluster.json#add_to_cluster</extracomment>
        <translation>Réintégrez l&apos;appliance rétablie dans le cluster Atlas. Pour plus d&apos;informations, voir «&#xa0;Configure the Traffic Nodes in an Atlas Cluster&#xa0;» sur www.bomgar.com/docs/remote-support/how-to/atlas/atlas-slave.htm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The traffic node is a member of the cluster</source>
        <extracomment>07_atlas_cluster.json#in_cluster</extracomment>
        <translation>Le nœud de trafic est membre du cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the primary master for get_appliances and looks for the traffic node.</source>
        <extracomment>07_atlas_cluster.json#in_cluster</extracomment>
        <translation>Interroge le maître principal par get_appliances et cherche le nœud de trafic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync the recovered appliance</source>
        <extracomment>07_atlas_cluster.json#sync_now</extracomment>
        <translation>Synchroniser l&apos;appliance rétablie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync the recovered appliance in order to restore the /login settings.
- Log into the primary master appliance&apos;s /login administrative web interface.
- Browse to **Management &gt; Cluster**.
- Click **Sync Now**.</source>
        <extracomment>07_atlas_cluster.json#sync_now</extracomment>
        <translation>Synchronisez l&apos;appliance rétablie pour restaurer les réglages /login.
- Connectez-vous à l&apos;interface web d&apos;administration /login de l&apos;appliance maître principale.
- Allez dans **Management &gt; Cluster**.
- Cliquez sur **Sync Now**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a backup is restored from an Atlas master node, it does not overwrite the existing Atlas configuration. As a result, copying the configuration of a master node to each of its traffic nodes is supported; however, manually performing this task is not standard practice. Synchronizing data from the primary master appliance is the standard method for restoring /login settings to a traffic node.</source>
        <extracomment>07_atlas_cluster.json#sync_now</extracomment>
        <translation>Si une sauvegarde d&apos;un nœud maître Atlas est restaurée, elle n&apos;écrase pas la configuration Atlas existante. Copier la configuration d&apos;un nœud maître sur chacun de ses nœuds de trafic est donc pris en charge&#xa0;; le faire manuellement n&apos;est toutefois pas la pratique courante. La synchronisation depuis l&apos;appliance maître principale est la méthode standard pour restaurer les réglages /login d&apos;un nœud de trafic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the traffic node</source>
        <extracomment>07_atlas_cluster.json#log_in_node</extracomment>
        <translation>Se connecter au nœud de trafic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once completed, the traffic node is fully operational. To test, log into the traffic node&apos;s /login web interface.</source>
        <extracomment>07_atlas_cluster.json#log_in_node</extracomment>
        <translation>Une fois terminé, le nœud de trafic est pleinement opérationnel. Pour tester, connectez-vous à l&apos;interface web /login du nœud de trafic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected rep consoles before logging in</source>
        <extracomment>07_atlas_cluster.json#count_before</extracomment>
        <translation>Consoles de technicien connectées avant la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads the number of connected rep consoles on the traffic node (**Status &gt; Connected Clients**).</source>
        <extracomment>07_atlas_cluster.json#count_before</extracomment>
        <translation>Lit le nombre de consoles de technicien connectées au nœud de trafic (**Status &gt; Connected Clients**).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into a rep console through the node</source>
        <extracomment>07_atlas_cluster.json#rep_login</extracomment>
        <translation>Se connecter avec une console de technicien via le nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While logged into a rep console from a geographic region that is expected to route through the restored traffic node, check **Status &gt; Connected Clients**.</source>
        <extracomment>07_atlas_cluster.json#rep_login</extracomment>
        <translation>Connecté à une console de technicien depuis une région géographique dont le trafic doit passer par le nœud de trafic restauré, vérifiez **Status &gt; Connected Clients**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connected rep console count went up by one</source>
        <extracomment>07_atlas_cluster.json#count_after</extracomment>
        <translation>Le nombre de consoles de technicien connectées a augmenté de un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the value for connected rep consoles increases by one immediately after authenticating to the console, the traffic node is working.</source>
        <extracomment>07_atlas_cluster.json#count_after</extracomment>
        <translation>Si le nombre de consoles de technicien connectées augmente de un juste après l&apos;authentification sur la console, le nœud de trafic fonctionne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloud or Starter Service site down</source>
        <extracomment>08_cloud_site_down.json</extracomment>
        <translation>Site Cloud ou Starter Service en panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt a restart, check /appliance on a Cloud Appliance, find a workaround, and contact Bomgar Support.</source>
        <extracomment>08_cloud_site_down.json</extracomment>
        <translation>Tenter un redémarrage, vérifier /appliance sur une appliance Cloud, trouver une solution de rechange et contacter le support Bomgar.</translation>
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
        <translation>Les produits SaaS de Bomgar comprennent les licences Starter Service et les appliances Bomgar Cloud. Les deux sont hébergés par Bomgar, mais les licences Starter Service n&apos;offrent pas toute l&apos;isolation ni toutes les fonctions des appliances Cloud. Le Starter Service de Bomgar est limité par défaut à cinq licences au total, et leurs fonctions sont à certains égards plus limitées que celles des licences normales. À l&apos;inverse, chaque instance Bomgar Cloud est une appliance virtuelle mono-locataire sans les limites de licence du Starter Service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which kind of site?</source>
        <extracomment>08_cloud_site_down.json#site_kind</extracomment>
        <translation>Quel type de site&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the event that the Production Starter Service or Cloud Appliance site goes down and becomes inoperable unexpectedly, follow these steps.</source>
        <extracomment>08_cloud_site_down.json#site_kind</extracomment>
        <translation>Si le site de production Starter Service ou Cloud Appliance tombe et devient inutilisable de façon inattendue, suivez ces étapes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is it a Starter Service site or a Cloud Appliance?</source>
        <extracomment>08_cloud_site_down.json#site_kind</extracomment>
        <translation>S&apos;agit-il d&apos;un site Starter Service ou d&apos;une appliance Cloud&#xa0;?</translation>
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
        <translation>Appliance Cloud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address of the site.</source>
        <extracomment>08_cloud_site_down.json#site_fqdn</extracomment>
        <translation>L&apos;adresse du site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt a restart</source>
        <extracomment>08_cloud_site_down.json#restart</extracomment>
        <translation>Tenter un redémarrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the /login administrative web interface and attempt a restart.</source>
        <extracomment>08_cloud_site_down.json#restart</extracomment>
        <translation>Connectez-vous à l&apos;interface web d&apos;administration /login et tentez un redémarrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site answers and is healthy</source>
        <extracomment>08_cloud_site_down.json#site_healthy</extracomment>
        <translation>Le site répond et est en bon état</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check_health on the site after the restart.</source>
        <extracomment>08_cloud_site_down.json#site_healthy</extracomment>
        <translation>check_health sur le site après le redémarrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did the restart help?</source>
        <extracomment>08_cloud_site_down.json#restart_worked</extracomment>
        <translation>Le redémarrage a-t-il aidé&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the site is healthy again, the recovery is complete.</source>
        <extracomment>08_cloud_site_down.json#restart_worked</extracomment>
        <translation>Si le site est de nouveau en bon état, la reprise est terminée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is the site healthy after the restart?</source>
        <extracomment>08_cloud_site_down.json#restart_worked</extracomment>
        <translation>Le site est-il en bon état après le redémarrage&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check /appliance</source>
        <extracomment>08_cloud_site_down.json#check_appliance</extracomment>
        <translation>Vérifier /appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a Cloud Appliance is owned, log into the /appliance administrative web interface. Check the settings to ensure there are no errors, warnings, or anomalies.</source>
        <extracomment>08_cloud_site_down.json#check_appliance</extracomment>
        <translation>Si vous possédez une appliance Cloud, connectez-vous à l&apos;interface web d&apos;administration /appliance. Vérifiez les réglages pour vous assurer qu&apos;il n&apos;y a ni erreur, ni avertissement, ni anomalie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a bypass or workaround</source>
        <extracomment>08_cloud_site_down.json#workaround</extracomment>
        <translation>Trouver un contournement ou une solution de rechange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If all this fails, try to find a bypass or workaround solution (such as an alternative site or remote access product).</source>
        <extracomment>08_cloud_site_down.json#workaround</extracomment>
        <translation>Si tout cela échoue, cherchez un contournement ou une solution de rechange (par exemple un autre site ou un autre produit d&apos;accès à distance).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact Bomgar Support</source>
        <extracomment>08_cloud_site_down.json#contact_support</extracomment>
        <translation>Contacter le support Bomgar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact Bomgar Support with a description of the situation and the steps taken thus far. In cases where the production site is offline and there is no workaround or alternative solution, Bomgar Support&apos;s maximum target time for First Response (start of resolution) is 30 minutes within normal business hours.</source>
        <extracomment>08_cloud_site_down.json#contact_support</extracomment>
        <translation>Contactez le support Bomgar avec une description de la situation et des étapes déjà effectuées. Si le site de production est hors ligne sans contournement ni solution de rechange, le délai cible maximal du support Bomgar pour la First Response (début de la résolution) est de 30 minutes pendant les heures ouvrées normales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up the appliance certificate</source>
        <extracomment>proc_certificate_export.json</extracomment>
        <translation>Sauvegarder le certificat de l&apos;appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the appliance certificate with its private key and chain as a password-protected .p12 file, and verify the file.</source>
        <extracomment>proc_certificate_export.json</extracomment>
        <translation>Exporter le certificat de l&apos;appliance avec sa clé privée et sa chaîne dans un fichier .p12 protégé par mot de passe, et vérifier le fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the certificate must be backed up</source>
        <extracomment>proc_certificate_export.json#why</extracomment>
        <translation>Pourquoi le certificat doit être sauvegardé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SSL certificate issued to the Bomgar Appliance hostname is often unique to the appliance and is always used to validate its identity to remote client software. It is important that a backup of this certificate, all its intermediate certificates, and its root certificate are saved.</source>
        <extracomment>proc_certificate_export.json#why</extracomment>
        <translation>Le certificat SSL délivré au nom d&apos;hôte de l&apos;appliance Bomgar est souvent propre à l&apos;appliance et sert toujours à prouver son identité au logiciel client distant. Il est important de conserver une sauvegarde de ce certificat, de tous ses certificats intermédiaires et de son certificat racine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate backup file should be saved with a password in a secure location because in the event a malicious party obtaining a copy of this certificate, they could potentially access confidential data on the network.</source>
        <extracomment>proc_certificate_export.json#why</extracomment>
        <translation>Le fichier de sauvegarde du certificat doit être enregistré avec un mot de passe en lieu sûr&#xa0;: si un tiers malveillant en obtenait une copie, il pourrait accéder à des données confidentielles sur le réseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into /appliance</source>
        <extracomment>proc_certificate_export.json#log_in</extracomment>
        <translation>Se connecter à /appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To back up the appliance certificate(s), log into the /appliance administrative web interface.</source>
        <extracomment>proc_certificate_export.json#log_in</extracomment>
        <translation>Pour sauvegarder le ou les certificats de l&apos;appliance, connectez-vous à l&apos;interface web d&apos;administration /appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the certificates</source>
        <extracomment>proc_certificate_export.json#browse_certificates</extracomment>
        <translation>Ouvrir les certificats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse to **Security &gt; Certificates**.</source>
        <extracomment>proc_certificate_export.json#browse_certificates</extracomment>
        <translation>Allez dans **Security &gt; Certificates**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locate the appliance certificate</source>
        <extracomment>proc_certificate_export.json#locate</extracomment>
        <translation>Trouver le certificat de l&apos;appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locate the certificate with the **Alternative Names** of the appliance hostname.</source>
        <extracomment>proc_certificate_export.json#locate</extracomment>
        <translation>Trouvez le certificat dont les **Alternative Names** contiennent le nom d&apos;hôte de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify it has its private key</source>
        <extracomment>proc_certificate_export.json#private_key</extracomment>
        <translation>Vérifier qu&apos;il a sa clé privée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the **IP Address(es)** of the appliance, verify that the **Private Key?** field reads **Yes**.</source>
        <extracomment>proc_certificate_export.json#private_key</extracomment>
        <translation>Pour les **IP Address(es)** de l&apos;appliance, vérifiez que le champ **Private Key?** indique **Yes**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the certificate</source>
        <extracomment>proc_certificate_export.json#check_box</extracomment>
        <translation>Sélectionner le certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the box next to the certificate.</source>
        <extracomment>proc_certificate_export.json#check_box</extracomment>
        <translation>Cochez la case à côté du certificat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Export</source>
        <extracomment>proc_certificate_export.json#export_apply</extracomment>
        <translation>Choisir Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the **Export from the** dropdown, click **Apply**.</source>
        <extracomment>proc_certificate_export.json#export_apply</extracomment>
        <translation>Dans la liste déroulante **Export from the**, cliquez sur **Apply**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the export page</source>
        <extracomment>proc_certificate_export.json#wait_page</extracomment>
        <translation>Attendre la page d&apos;export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the export page to load.</source>
        <extracomment>proc_certificate_export.json#wait_page</extracomment>
        <translation>Attendez le chargement de la page d&apos;export.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include certificate, key and chain</source>
        <extracomment>proc_certificate_export.json#include_all</extracomment>
        <translation>Inclure certificat, clé et chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check **Include Certificate**, **Include Private Key**, and **Include Certificate Chain**.</source>
        <extracomment>proc_certificate_export.json#include_all</extracomment>
        <translation>Cochez **Include Certificate**, **Include Private Key** et **Include Certificate Chain**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a Passphrase</source>
        <extracomment>proc_certificate_export.json#passphrase</extracomment>
        <translation>Saisir une phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a **Passphrase**. Type the same passphrase here so the exported file can be verified; it is kept in memory only and never written to disk.</source>
        <extracomment>proc_certificate_export.json#passphrase</extracomment>
        <translation>Saisissez une **Passphrase**. Tapez aussi la même phrase secrète ici pour que le fichier exporté puisse être vérifié&#xa0;; elle n&apos;est gardée qu&apos;en mémoire et jamais écrite sur disque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <extracomment>proc_certificate_export.json#passphrase</extracomment>
        <translation>Phrase secrète</translation>
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
        <translation>Cliquez sur **Export**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the .p12 file securely</source>
        <extracomment>proc_certificate_export.json#save_file</extracomment>
        <translation>Enregistrer le fichier .p12 en lieu sûr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the resulting .p12 certificate file in a secure location.</source>
        <extracomment>proc_certificate_export.json#save_file</extracomment>
        <translation>Enregistrez le fichier de certificat .p12 obtenu en lieu sûr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved .p12 certificate file</source>
        <extracomment>proc_certificate_export.json#save_file</extracomment>
        <translation>Fichier de certificat .p12 enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .p12 file holds the certificate, its private key and its chain</source>
        <extracomment>proc_certificate_export.json#verify_file</extracomment>
        <translation>Le fichier .p12 contient le certificat, sa clé privée et sa chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the saved file with the passphrase and checks that it contains the certificate, its private key, and its intermediate and root certificates.</source>
        <extracomment>proc_certificate_export.json#verify_file</extracomment>
        <translation>Ouvre le fichier enregistré avec la phrase secrète et vérifie qu&apos;il contient le certificat, sa clé privée, ses certificats intermédiaires et racine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover certificates</source>
        <extracomment>proc_certificate_restore.json</extracomment>
        <translation>Restaurer les certificats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the saved .p12 certificate into /appliance, check the certificate kinds and warnings, assign the IP and save the configuration, then verify what the appliance serves.</source>
        <extracomment>proc_certificate_restore.json</extracomment>
        <translation>Importer le certificat .p12 enregistré dans /appliance, vérifier les types de certificats et les avertissements, attribuer l&apos;IP et enregistrer la configuration, puis vérifier ce que sert l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original certificates are needed</source>
        <extracomment>proc_certificate_restore.json#why</extracomment>
        <translation>Les certificats d&apos;origine sont nécessaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar requires SSL certificates. If any client software from a previous appliance is expected to reconnect with the replacement appliance, this appliance needs a copy of the original SSL certificate(s). Most Cloud Appliances share a standard certificate which validates the Bomgar Cloud domain. If the certificate and domain are changed, the non-standard certificate must be restored. Hardware and virtual appliances have no such standard configuration and therefore have unique certificates configured by the administrator that must be restored in a disaster recovery scenario.</source>
        <extracomment>proc_certificate_restore.json#why</extracomment>
        <translation>Bomgar exige des certificats SSL. Si un logiciel client d&apos;une appliance précédente doit se reconnecter à l&apos;appliance de remplacement, celle-ci a besoin d&apos;une copie du ou des certificats SSL d&apos;origine. La plupart des appliances Cloud partagent un certificat standard qui valide le domaine Bomgar Cloud. Si le certificat et le domaine ont été changés, le certificat non standard doit être restauré. Les appliances matérielles et virtuelles n&apos;ont pas de telle configuration standard et ont donc des certificats uniques configurés par l&apos;administrateur, qui doivent être restaurés lors d&apos;une reprise après sinistre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The steps to bring the web interfaces online vary based on the appliance type.</source>
        <extracomment>proc_certificate_restore.json#why</extracomment>
        <translation>Les étapes pour mettre les interfaces web en ligne dépendent du type d&apos;appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance receiving the certificate</source>
        <extracomment>proc_certificate_restore.json#appliance_host</extracomment>
        <translation>Appliance qui reçoit le certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name or IP address of the appliance whose certificates are being restored.</source>
        <extracomment>proc_certificate_restore.json#appliance_host</extracomment>
        <translation>Le nom d&apos;hôte ou l&apos;adresse IP de l&apos;appliance dont les certificats sont restaurés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance address</source>
        <extracomment>proc_certificate_restore.json#appliance_host</extracomment>
        <translation>Adresse de l&apos;appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the /appliance web interface of the Bomgar Appliance.</source>
        <extracomment>proc_certificate_restore.json#log_in</extracomment>
        <translation>Connectez-vous à l&apos;interface web /appliance de l&apos;appliance Bomgar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to **Security &gt; Certificates**.</source>
        <extracomment>proc_certificate_restore.json#browse_certificates</extracomment>
        <translation>Allez dans **Security &gt; Certificates**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a Bomgar Appliance certificate is listed, ignore it. This is a standard certificate that ships with all Bomgar Appliances.</source>
        <extracomment>proc_certificate_restore.json#browse_certificates</extracomment>
        <translation>Si un certificat Bomgar Appliance est listé, ignorez-le. C&apos;est un certificat standard livré avec toutes les appliances Bomgar.</translation>
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
        <translation>Dans **Security :: Certificate Installation**, cliquez sur **Import**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse to the certificate file</source>
        <extracomment>proc_certificate_restore.json#browse_file</extracomment>
        <translation>Choisir le fichier de certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse to the certificate file.</source>
        <extracomment>proc_certificate_restore.json#browse_file</extracomment>
        <translation>Choisissez le fichier de certificat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate file (.p12)</source>
        <extracomment>proc_certificate_restore.json#browse_file</extracomment>
        <translation>Fichier de certificat (.p12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the password for the certificate file</source>
        <extracomment>proc_certificate_restore.json#password</extracomment>
        <translation>Saisir le mot de passe du fichier de certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the password for the certificate file. Type it here too so the certificate the appliance serves can be compared with the file; it is kept in memory only and never written to disk.</source>
        <extracomment>proc_certificate_restore.json#password</extracomment>
        <translation>Saisissez le mot de passe du fichier de certificat. Tapez-le aussi ici pour que le certificat servi par l&apos;appliance puisse être comparé au fichier&#xa0;; il n&apos;est gardé qu&apos;en mémoire et jamais écrit sur disque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate file password</source>
        <extracomment>proc_certificate_restore.json#password</extracomment>
        <translation>Mot de passe du fichier de certificat</translation>
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
        <translation>Cliquez sur **Upload**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the listed certificates</source>
        <extracomment>proc_certificate_restore.json#certificate_kinds</extracomment>
        <translation>Vérifier les certificats listés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Bomgar Appliance certificate appears in the **Security :: Certificates** section. If the certificate was issued by a third-party Certificate Authority (CA), the intermediate certificate and root certificate are also listed here. If your appliance uses a CA certificate, all intermediate certificate and their root certificate must be present for the appliance to function properly. Here is a description of each type of certificate:
- **Self-Signed Certificate:** This has identical values for **Issued To** and **Issued By** and have the appliance&apos;s fully qualified domain name (FQDN) in the **Alternative Name(s)** field.
- **CA-Signed Certificate:** This has an **Issued To** field and/or an **Alternative Name(s)** field matching the Bomgar Appliance&apos;s FQDN. If a CA-signed certificate exists, the appliance also has one or more intermediate and/or root certificate(s) listed on the **Certificates** page.
- **Intermediate certificates:** These have different **Issued To** and **Issued By** fields, neither of which is an FQDN. Usually, there are only one or two intermediate certificates. Sometimes, there are none, depending on the CA.
- **Root certificate:** This has identical values for the **Issued To** and **Issued By** fields, neither of which are an FQDN. Every CA-signed certificate must have exactly one root certificate.</source>
        <extracomment>proc_certificate_restore.json#certificate_kinds</extracomment>
        <translation>Le certificat de l&apos;appliance Bomgar apparaît dans la section **Security :: Certificates**. Si le certificat a été délivré par une autorité de certification (CA) tierce, le certificat intermédiaire et le certificat racine sont aussi listés ici. Si votre appliance utilise un certificat de CA, tous les certificats intermédiaires et leur certificat racine doivent être présents pour que l&apos;appliance fonctionne correctement. Voici une description de chaque type de certificat&#xa0;:
- **Certificat auto-signé&#xa0;:** il a des valeurs identiques pour **Issued To** et **Issued By** et le nom de domaine complet (FQDN) de l&apos;appliance dans le champ **Alternative Name(s)**.
- **Certificat signé par une CA&#xa0;:** il a un champ **Issued To** et/ou **Alternative Name(s)** correspondant au FQDN de l&apos;appliance Bomgar. S&apos;il existe un certificat signé par une CA, l&apos;appliance a aussi un ou plusieurs certificats intermédiaires et/ou racine listés sur la page **Certificates**.
- **Certificats intermédiaires&#xa0;:** leurs champs **Issued To** et **Issued By** diffèrent, et aucun n&apos;est un FQDN. Il n&apos;y a en général qu&apos;un ou deux certificats intermédiaires, parfois aucun, selon la CA.
- **Certificat racine&#xa0;:** il a des valeurs identiques pour **Issued To** et **Issued By**, dont aucune n&apos;est un FQDN. Tout certificat signé par une CA doit avoir exactement un certificat racine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate warnings</source>
        <extracomment>proc_certificate_restore.json#warnings</extracomment>
        <translation>Avertissements de certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a self-signed certificate is being used, a warning is present beneath it. The warning is expressing that this kind of certificate should normally be used only temporarily until a CA-signed certificate is obtained. If a CA-signed certificate has already been obtained and one or more of its intermediate and/or root certificate(s) are missing, a warning appears beneath the CA-signed certificate.</source>
        <extracomment>proc_certificate_restore.json#warnings</extracomment>
        <translation>Si un certificat auto-signé est utilisé, un avertissement apparaît en dessous. Il indique que ce type de certificat ne devrait normalement servir que temporairement, en attendant un certificat signé par une CA. Si un certificat signé par une CA a déjà été obtenu et qu&apos;il manque un ou plusieurs de ses certificats intermédiaires et/ou racine, un avertissement apparaît sous le certificat signé par la CA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is a warning shown beneath the certificate?</source>
        <extracomment>proc_certificate_restore.json#warnings</extracomment>
        <translation>Un avertissement est-il affiché sous le certificat&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No warnings</source>
        <extracomment>proc_certificate_restore.json#warnings</extracomment>
        <translation>Aucun avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A warning is shown</source>
        <extracomment>proc_certificate_restore.json#warnings</extracomment>
        <translation>Un avertissement est affiché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve the certificate warning</source>
        <extracomment>proc_certificate_restore.json#resolve_warning</extracomment>
        <translation>Résoudre l&apos;avertissement de certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If intermediate and/or root certificate(s) are missing, contact the CA to resolve this. For more information, please see FAQ 755 in the Bomgar Technical Support Self Service Center at www.bomgar.com/help.</source>
        <extracomment>proc_certificate_restore.json#resolve_warning</extracomment>
        <translation>S&apos;il manque des certificats intermédiaires et/ou racine, contactez la CA pour résoudre ce problème. Pour plus d&apos;informations, voir la FAQ 755 du Bomgar Technical Support Self Service Center sur www.bomgar.com/help.</translation>
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
        <translation>Une fois qu&apos;il n&apos;y a plus d&apos;avertissement de certificat, cliquez sur le lien **Assign IP** dans l&apos;entrée du certificat signé par une CA ou auto-signé de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the IP address</source>
        <extracomment>proc_certificate_restore.json#check_ip</extracomment>
        <translation>Vérifier l&apos;adresse IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the bottom of the resulting page, check the IP address of the appliance.</source>
        <extracomment>proc_certificate_restore.json#check_ip</extracomment>
        <translation>En bas de la page qui s&apos;affiche, vérifiez l&apos;adresse IP de l&apos;appliance.</translation>
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
        <translation>Cliquez sur **Save Configuration**. La restauration du ou des certificats est terminée. L&apos;appliance a toutefois encore besoin de la restauration de /login pour être pleinement opérationnelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appliance serves the restored certificate</source>
        <extracomment>proc_certificate_restore.json#verify_served</extracomment>
        <translation>L&apos;appliance sert le certificat restauré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects to the appliance over TLS and compares the certificate it serves with the one in the .p12 file.</source>
        <extracomment>proc_certificate_restore.json#verify_served</extracomment>
        <translation>Se connecte à l&apos;appliance en TLS et compare le certificat qu&apos;elle sert avec celui du fichier .p12.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the replacement hardware appliance</source>
        <extracomment>proc_hardware_installation.json</extracomment>
        <translation>Installer l&apos;appliance matérielle de remplacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach /appliance over the link-local addresses (computer at 169.254.1.5, mask 255.255.0.0), log in with the default credentials and restore the IP configuration.</source>
        <extracomment>proc_hardware_installation.json</extracomment>
        <translation>Accéder à /appliance via les adresses link-local (ordinateur en 169.254.1.5, masque 255.255.0.0), se connecter avec les identifiants par défaut et restaurer la configuration IP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach /appliance over a patch cable</source>
        <extracomment>proc_hardware_installation.json#intro</extracomment>
        <translation>Accéder à /appliance par un câble direct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the replacement appliance has been received and powered on, the settings can be restored using either the local console or appliance administrative web interfaces. It is usually more convenient to use the web interfaces. The /appliance administrative web interfaces of a hardware appliance can be accessed locally using either of its NIC ports. These are provisioned with non-routable IP address(es) on the 169.254.1.0/16 network.</source>
        <extracomment>proc_hardware_installation.json#intro</extracomment>
        <translation>Une fois l&apos;appliance de remplacement reçue et allumée, les réglages peuvent être restaurés par la console locale ou par les interfaces web d&apos;administration de l&apos;appliance. Les interfaces web sont en général plus pratiques. L&apos;interface web d&apos;administration /appliance d&apos;une appliance matérielle est accessible localement par l&apos;un ou l&apos;autre de ses ports réseau (NIC). Ceux-ci ont des adresses IP non routables sur le réseau 169.254.1.0/16.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rack the appliance</source>
        <extracomment>proc_hardware_installation.json#rack</extracomment>
        <translation>Installer l&apos;appliance en baie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rack the appliance.</source>
        <extracomment>proc_hardware_installation.json#rack</extracomment>
        <translation>Installez l&apos;appliance en baie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plug in the power cable</source>
        <extracomment>proc_hardware_installation.json#power_cable</extracomment>
        <translation>Brancher le câble d&apos;alimentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plug the power cable into a safe power source.</source>
        <extracomment>proc_hardware_installation.json#power_cable</extracomment>
        <translation>Branchez le câble d&apos;alimentation sur une source d&apos;alimentation sûre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect a computer to NIC1 or NIC2</source>
        <extracomment>proc_hardware_installation.json#patch_cable</extracomment>
        <translation>Relier un ordinateur à NIC1 ou NIC2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a patch cable to connect a computer to NIC1 or NIC2 on the rear of the Bomgar Appliance.</source>
        <extracomment>proc_hardware_installation.json#patch_cable</extracomment>
        <translation>Reliez un ordinateur à NIC1 ou NIC2 à l&apos;arrière de l&apos;appliance Bomgar avec un câble direct.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the Power button</source>
        <extracomment>proc_hardware_installation.json#power_button</extracomment>
        <translation>Appuyer sur le bouton d&apos;alimentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press and release the **Power** button on the front of the appliance.</source>
        <extracomment>proc_hardware_installation.json#power_button</extracomment>
        <translation>Appuyez brièvement sur le bouton **Power** à l&apos;avant de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the computer&apos;s IP configuration</source>
        <extracomment>proc_hardware_installation.json#computer_ip</extracomment>
        <translation>Régler la configuration IP de l&apos;ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the IP configuration of the connected computer:
- **IP address:** 169.254.1.5
- **Subnet mask:** 255.255.0.0
- **Default gateway:** none
- **DNS server:** none</source>
        <extracomment>proc_hardware_installation.json#computer_ip</extracomment>
        <translation>Modifiez la configuration IP de l&apos;ordinateur relié&#xa0;:
- **Adresse IP&#xa0;:** 169.254.1.5
- **Masque de sous-réseau&#xa0;:** 255.255.0.0
- **Passerelle par défaut&#xa0;:** aucune
- **Serveur DNS&#xa0;:** aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the boot</source>
        <extracomment>proc_hardware_installation.json#wait_boot</extracomment>
        <translation>Attendre le démarrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the appliance to finish booting.</source>
        <extracomment>proc_hardware_installation.json#wait_boot</extracomment>
        <translation>Attendez que l&apos;appliance ait fini de démarrer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the link-local address that answers</source>
        <extracomment>proc_hardware_installation.json#probe</extracomment>
        <translation>Trouver l&apos;adresse link-local qui répond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launch a web browser. Enter the address **https://169.254.1.1/appliance/login.ns** in the URL address field. The /appliance login page should load. If not, try alternately substituting &quot;.2&quot;, &quot;.3&quot; and &quot;.4&quot; for the last decimal in the address above. Load each of these addresses separately until one responds.</source>
        <extracomment>proc_hardware_installation.json#probe</extracomment>
        <translation>Lancez un navigateur web. Saisissez l&apos;adresse **https://169.254.1.1/appliance/login.ns** dans la barre d&apos;adresse. La page de connexion de /appliance devrait s&apos;afficher. Sinon, remplacez tour à tour le dernier nombre de l&apos;adresse par «&#xa0;.2&#xa0;», «&#xa0;.3&#xa0;» et «&#xa0;.4&#xa0;». Chargez chacune de ces adresses séparément jusqu&apos;à ce que l&apos;une réponde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did one of the addresses respond?</source>
        <extracomment>proc_hardware_installation.json#probe_result</extracomment>
        <translation>L&apos;une des adresses a-t-elle répondu&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If none of these responds, try all four addresses using the other NIC of the appliance.</source>
        <extracomment>proc_hardware_installation.json#probe_result</extracomment>
        <translation>Si aucune ne répond, essayez les quatre adresses par l&apos;autre port réseau de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did the /appliance login page load?</source>
        <extracomment>proc_hardware_installation.json#probe_result</extracomment>
        <translation>La page de connexion de /appliance s&apos;est-elle affichée&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the other NIC</source>
        <extracomment>proc_hardware_installation.json#other_nic</extracomment>
        <translation>Utiliser l&apos;autre port réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If none of these responds, try all four addresses using the other NIC of the appliance. Move the patch cable to the other NIC.</source>
        <extracomment>proc_hardware_installation.json#other_nic</extracomment>
        <translation>Si aucune ne répond, essayez les quatre adresses par l&apos;autre port réseau de l&apos;appliance. Branchez le câble direct sur l&apos;autre port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the link-local address that answers on the other NIC</source>
        <extracomment>proc_hardware_installation.json#probe_other_nic</extracomment>
        <translation>Trouver l&apos;adresse link-local qui répond sur l&apos;autre port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tries **https://169.254.1.1/appliance/login.ns**, then &quot;.2&quot;, &quot;.3&quot; and &quot;.4&quot;, through the other NIC.</source>
        <extracomment>proc_hardware_installation.json#probe_other_nic</extracomment>
        <translation>Essaie **https://169.254.1.1/appliance/login.ns**, puis «&#xa0;.2&#xa0;», «&#xa0;.3&#xa0;» et «&#xa0;.4&#xa0;», par l&apos;autre port réseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in with the default credentials</source>
        <extracomment>proc_hardware_installation.json#log_in</extracomment>
        <translation>Se connecter avec les identifiants par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in with the default credentials, **admin** and **password**.</source>
        <extracomment>proc_hardware_installation.json#log_in</extracomment>
        <translation>Connectez-vous avec les identifiants par défaut, **admin** et **password**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replacement appliances typically ship with default login credentials.</source>
        <extracomment>proc_hardware_installation.json#log_in</extracomment>
        <translation>Les appliances de remplacement sont en général livrées avec les identifiants par défaut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a new password</source>
        <extracomment>proc_hardware_installation.json#new_password</extracomment>
        <translation>Saisir un nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a new password.</source>
        <extracomment>proc_hardware_installation.json#new_password</extracomment>
        <translation>Saisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this password in a secure location. It is difficult to recover if lost.</source>
        <extracomment>proc_hardware_installation.json#new_password</extracomment>
        <translation>Conservez ce mot de passe en lieu sûr. Il est difficile à récupérer en cas de perte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address of the appliance</source>
        <extracomment>proc_hardware_installation.json#ip_address</extracomment>
        <translation>Adresse IP de l&apos;appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For IP settings, reference a saved copy of the IP settings from the previous appliance.</source>
        <extracomment>proc_hardware_installation.json#ip_address</extracomment>
        <translation>Pour les réglages IP, reportez-vous à la copie enregistrée des réglages IP de l&apos;appliance précédente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subnet mask of the appliance</source>
        <extracomment>proc_hardware_installation.json#subnet_mask</extracomment>
        <translation>Masque de sous-réseau de l&apos;appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default gateway of the appliance</source>
        <extracomment>proc_hardware_installation.json#gateway</extracomment>
        <translation>Passerelle par défaut de l&apos;appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the IP address</source>
        <extracomment>proc_hardware_installation.json#add_ip</extracomment>
        <translation>Ajouter l&apos;adresse IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse to **Networking &gt; IP Configuration**. Click **Add New IP**. Fill out the resulting page with settings appropriate for the network. Save the new IP address.</source>
        <extracomment>proc_hardware_installation.json#add_ip</extracomment>
        <translation>Allez dans **Networking &gt; IP Configuration**. Cliquez sur **Add New IP**. Remplissez la page qui s&apos;affiche avec les réglages adaptés au réseau. Enregistrez la nouvelle adresse IP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the default gateway</source>
        <extracomment>proc_hardware_installation.json#default_gateway</extracomment>
        <translation>Ajouter la passerelle par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the default gateway in the **Global Configuration** section.</source>
        <extracomment>proc_hardware_installation.json#default_gateway</extracomment>
        <translation>Ajoutez la passerelle par défaut dans la section **Global Configuration**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the other network settings</source>
        <extracomment>proc_hardware_installation.json#other_settings</extracomment>
        <translation>Saisir les autres réglages réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are the basic settings required to bring an appliance online in most situations; however, the network may have additional DNS, NTP, syslog, SMTP, and/or other servers and settings. Ideally, these have been saved in backup files. Like IP configuration, these other settings cannot be restored automatically. Instead, they must be manually entered.</source>
        <extracomment>proc_hardware_installation.json#other_settings</extracomment>
        <translation>Ce sont les réglages de base nécessaires pour mettre une appliance en ligne dans la plupart des cas&#xa0;; le réseau peut toutefois comporter d&apos;autres serveurs et réglages DNS, NTP, syslog, SMTP et/ou autres. Idéalement, ils ont été enregistrés dans des fichiers de sauvegarde. Comme la configuration IP, ces réglages ne peuvent pas être restaurés automatiquement et doivent être saisis à la main.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appliance answers on its new address</source>
        <extracomment>proc_hardware_installation.json#reachable</extracomment>
        <translation>L&apos;appliance répond à sa nouvelle adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects to TCP port 443 of the address just configured.</source>
        <extracomment>proc_hardware_installation.json#reachable</extracomment>
        <translation>Se connecte au port TCP 443 de l&apos;adresse qui vient d&apos;être configurée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once all the /appliance settings and/or IP configuration settings are restored, proceed to restore the certificates and /login administrative interface.</source>
        <extracomment>proc_hardware_installation.json#reachable</extracomment>
        <translation>Une fois tous les réglages de /appliance et/ou de configuration IP restaurés, passez à la restauration des certificats et de l&apos;interface d&apos;administration /login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover /login from a backup</source>
        <extracomment>proc_login_restore.json</extracomment>
        <translation>Restaurer /login depuis une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the backup&apos;s version can be restored onto the site, upload it with Restore Settings, then test with the rep console.</source>
        <extracomment>proc_login_restore.json</extracomment>
        <translation>Vérifier que la version de la sauvegarde peut être restaurée sur le site, la charger avec Restore Settings, puis tester avec la console de technicien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronization or backup file</source>
        <extracomment>proc_login_restore.json#sync_or_backup</extracomment>
        <translation>Synchronisation ou fichier de sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In failover and Atlas scenarios, /login data is recovered using data synchronization rather than backup files. Outside of this, the .nsb backup files should be saved in order to restore /login settings, users, and data. However, before restoring a backup file, take into account the Bomgar product release version from which the backup was downloaded as well as the version of the site receiving the backup file.</source>
        <extracomment>proc_login_restore.json#sync_or_backup</extracomment>
        <translation>Dans les scénarios de basculement et Atlas, les données /login sont rétablies par synchronisation des données plutôt que par fichiers de sauvegarde. En dehors de ces cas, les fichiers .nsb doivent être conservés pour restaurer les réglages, utilisateurs et données de /login. Avant de restaurer un fichier de sauvegarde, tenez toutefois compte de la version du produit Bomgar d&apos;où la sauvegarde a été téléchargée ainsi que de la version du site qui reçoit le fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar does not test restoring backups from every version to every other version. Only backups from the supported upgrades of a particular version are tested. Supported upgrade versions are listed in the release notes for each version. Release notes are available at www.bomgar.com/changelog.</source>
        <extracomment>proc_login_restore.json#sync_or_backup</extracomment>
        <translation>Bomgar ne teste pas la restauration des sauvegardes de chaque version vers chaque autre version. Seules les sauvegardes des mises à niveau prises en charge d&apos;une version donnée sont testées. Les versions de mise à niveau prises en charge sont listées dans les notes de version de chaque version, disponibles sur www.bomgar.com/changelog.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup file to restore</source>
        <extracomment>proc_login_restore.json#backup_file</extracomment>
        <translation>Le fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version of a particular backup can be found by checking the filename of the backup. By default, Bomgar backup file names begin with **Bomgar** followed by the Bomgar product release version of the backup, the name of the site which generated the backup, the date on which the backup was downloaded, and the unique ID of the backup file.</source>
        <extracomment>proc_login_restore.json#backup_file</extracomment>
        <translation>La version d&apos;une sauvegarde se trouve dans son nom de fichier. Par défaut, les noms de fichiers de sauvegarde Bomgar commencent par **Bomgar**, suivi de la version du produit Bomgar de la sauvegarde, du nom du site qui l&apos;a générée, de la date de téléchargement et de l&apos;identifiant unique du fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version of the receiving site</source>
        <extracomment>proc_login_restore.json#site_version</extracomment>
        <translation>Version du site qui reçoit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the version of the site to which the backup is being uploaded to by viewing the **Product Version** field on the **/login &gt; Status &gt; Information** page.</source>
        <extracomment>proc_login_restore.json#site_version</extracomment>
        <translation>Vérifiez la version du site sur lequel la sauvegarde est chargée dans le champ **Product Version** de la page **/login &gt; Status &gt; Information**.</translation>
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
        <translation>La version de la sauvegarde peut être restaurée sur ce site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads the version and download date from the backup file name and compares the version with the site&apos;s **Product Version**.</source>
        <extracomment>proc_login_restore.json#check_version</extracomment>
        <translation>Lit la version et la date de téléchargement dans le nom du fichier de sauvegarde et compare la version à la **Product Version** du site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When attempting to restore backups from an old release version to a newer version of Bomgar not listed as the backup&apos;s supported upgrade version, unexpected issues and/or data loss can occur.</source>
        <extracomment>proc_login_restore.json#check_version</extracomment>
        <translation>Restaurer des sauvegardes d&apos;une ancienne version sur une version plus récente de Bomgar qui n&apos;est pas listée comme version de mise à niveau prise en charge de la sauvegarde peut causer des problèmes inattendus et/ou une perte de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When attempting to restore backups from newer versions of Bomgar to older, major issues occur. This is simply not supported.</source>
        <extracomment>proc_login_restore.json#check_version</extracomment>
        <translation>Restaurer des sauvegardes de versions plus récentes de Bomgar sur des versions plus anciennes cause des problèmes majeurs. Ce n&apos;est tout simplement pas pris en charge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As long as the rules concerning release versions are followed, backups can be successfully restored between physical appliances (i.e., B200, B300, and B400) and virtual appliances and between physical appliances of different hardware revisions.</source>
        <extracomment>proc_login_restore.json#check_version</extracomment>
        <translation>Tant que les règles sur les versions sont respectées, les sauvegardes peuvent être restaurées avec succès entre appliances physiques (B200, B300 et B400) et virtuelles, et entre appliances physiques de révisions matérielles différentes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is the restore method validated?</source>
        <extracomment>proc_login_restore.json#version_ok</extracomment>
        <translation>La méthode de restauration est-elle validée&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the backup only once the restore method is validated.</source>
        <extracomment>proc_login_restore.json#version_ok</extracomment>
        <translation>Ne restaurez la sauvegarde qu&apos;une fois la méthode de restauration validée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can this backup be restored onto this site?</source>
        <extracomment>proc_login_restore.json#version_ok</extracomment>
        <translation>Cette sauvegarde peut-elle être restaurée sur ce site&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the site to a compatible version</source>
        <extracomment>proc_login_restore.json#update_site</extracomment>
        <translation>Amener le site à une version compatible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may be necessary to upgrade the site to the same version as the failover appliance or to a version compatible with the backup file. In these cases, contact Bomgar Support for the necessary /login site updates.</source>
        <extracomment>proc_login_restore.json#update_site</extracomment>
        <translation>Il peut être nécessaire de mettre le site à niveau vers la même version que l&apos;appliance de basculement ou vers une version compatible avec le fichier de sauvegarde. Dans ce cas, contactez le support Bomgar pour obtenir les mises à jour de site /login nécessaires.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the version again</source>
        <extracomment>proc_login_restore.json#site_version_again</extracomment>
        <translation>Vérifier à nouveau la version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the **Product Version** field on the **/login &gt; Status &gt; Information** page again, then compare it with the backup&apos;s version.</source>
        <extracomment>proc_login_restore.json#site_version_again</extracomment>
        <translation>Vérifiez à nouveau le champ **Product Version** de la page **/login &gt; Status &gt; Information**, puis comparez-le à la version de la sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Software</source>
        <extracomment>proc_login_restore.json#browse_software</extracomment>
        <translation>Ouvrir Software</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse to **/login &gt; Management &gt; Software**.</source>
        <extracomment>proc_login_restore.json#browse_software</extracomment>
        <translation>Allez dans **/login &gt; Management &gt; Software**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locate Restore Settings</source>
        <extracomment>proc_login_restore.json#locate_restore</extracomment>
        <translation>Trouver Restore Settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locate **Software :: Restore Settings**.</source>
        <extracomment>proc_login_restore.json#locate_restore</extracomment>
        <translation>Trouvez **Software :: Restore Settings**.</translation>
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
        <translation>Cliquez sur **Choose File**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the backup file</source>
        <extracomment>proc_login_restore.json#select_file</extracomment>
        <translation>Sélectionner le fichier de sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the backup file using the file browser.</source>
        <extracomment>proc_login_restore.json#select_file</extracomment>
        <translation>Sélectionnez le fichier de sauvegarde dans le sélecteur de fichiers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the backup password, if one was assigned.</source>
        <extracomment>proc_login_restore.json#backup_password</extracomment>
        <translation>Saisissez le mot de passe de la sauvegarde, s&apos;il y en a un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup password is assigned by the administrator who downloads the backup originally. If it is lost, the backup cannot be restored.</source>
        <extracomment>proc_login_restore.json#backup_password</extracomment>
        <translation>Le mot de passe de sauvegarde est défini par l&apos;administrateur qui télécharge la sauvegarde à l&apos;origine. S&apos;il est perdu, la sauvegarde ne peut pas être restaurée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once it is restored, all users (including the local administrator), settings, and most data are restored to the state at which the backup was originally downloaded.</source>
        <extracomment>proc_login_restore.json#upload_backup</extracomment>
        <translation>Une fois la restauration faite, tous les utilisateurs (y compris l&apos;administrateur local), les réglages et la plupart des données reviennent à l&apos;état du moment où la sauvegarde a été téléchargée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the /login site package</source>
        <extracomment>proc_login_site_package.json</extracomment>
        <translation>Installer le paquet de site /login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask Bomgar Support for the /login site updates, install the base software updates and the site package, and log in with the default credentials.</source>
        <extracomment>proc_login_site_package.json</extracomment>
        <translation>Demander au support Bomgar les mises à jour de site /login, installer les mises à jour du logiciel de base et le paquet de site, et se connecter avec les identifiants par défaut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why a site package is needed</source>
        <extracomment>proc_login_site_package.json#why</extracomment>
        <translation>Pourquoi un paquet de site est nécessaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlike /appliance, the /login administrative web interface is not installed by default on new appliances. Therefore, in cases where a new virtual appliance has been installed or a new hardware appliance has been shipped, the new appliance does not usually have a /login administrative web interface. If the appliance was repaired or restored from a snapshot instead of replaced or re-installed, the repaired appliance still has a /login site package installed, but it may be necessary to upgrade the site to the same version as the failover appliance or to a version compatible with the backup file. In these cases, contact Bomgar Support for the necessary /login site updates.</source>
        <extracomment>proc_login_site_package.json#why</extracomment>
        <translation>Contrairement à /appliance, l&apos;interface web d&apos;administration /login n&apos;est pas installée par défaut sur les appliances neuves. Quand une nouvelle appliance virtuelle a été installée ou une nouvelle appliance matérielle expédiée, la nouvelle appliance n&apos;a donc en général pas d&apos;interface web d&apos;administration /login. Si l&apos;appliance a été réparée ou restaurée depuis un instantané au lieu d&apos;être remplacée ou réinstallée, elle a toujours un paquet de site /login installé, mais il peut être nécessaire de mettre le site à niveau vers la même version que l&apos;appliance de basculement ou vers une version compatible avec le fichier de sauvegarde. Dans ce cas, contactez le support Bomgar pour obtenir les mises à jour de site /login nécessaires.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance FQDN registered in DNS</source>
        <extracomment>proc_login_site_package.json#appliance_fqdn</extracomment>
        <translation>FQDN de l&apos;appliance enregistré dans le DNS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appliance&apos;s fully qualified domain name as registered in DNS, for the email to Bomgar Support.</source>
        <extracomment>proc_login_site_package.json#appliance_fqdn</extracomment>
        <translation>Le nom de domaine complet de l&apos;appliance tel qu&apos;enregistré dans le DNS, pour l&apos;e-mail au support Bomgar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliance FQDN</source>
        <extracomment>proc_login_site_package.json#appliance_fqdn</extracomment>
        <translation>FQDN de l&apos;appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version of the most recent backup file</source>
        <extracomment>proc_login_site_package.json#backup_version</extracomment>
        <translation>Version du fichier de sauvegarde le plus récent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Bomgar product release version in the file name of the most recent backup file.</source>
        <extracomment>proc_login_site_package.json#backup_version</extracomment>
        <translation>La version du produit Bomgar dans le nom du fichier de sauvegarde le plus récent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup version</source>
        <extracomment>proc_login_site_package.json#backup_version</extracomment>
        <translation>Version de la sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email Bomgar Support</source>
        <extracomment>proc_login_site_package.json#email_support</extracomment>
        <translation>Écrire au support Bomgar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To get the updates, send Bomgar Support an email including these items:
- **Screenshot of the /appliance Status page**
- **Appliance FQDN registered in DNS**
- **Version of the most recent backup file**</source>
        <extracomment>proc_login_site_package.json#email_support</extracomment>
        <translation>Pour obtenir les mises à jour, envoyez au support Bomgar un e-mail contenant&#xa0;:
- **une capture de la page Status de /appliance**
- **le FQDN de l&apos;appliance enregistré dans le DNS**
- **la version du fichier de sauvegarde le plus récent**</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive the update packages</source>
        <extracomment>proc_login_site_package.json#wait_package</extracomment>
        <translation>Recevoir les paquets de mise à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After receiving this information, Support registers the appliance on the Bomgar update servers, builds the necessary update package(s), and sends the installation instructions. There are one or more base software updates to install prior to the /login site package.</source>
        <extracomment>proc_login_site_package.json#wait_package</extracomment>
        <translation>Avec ces informations, le support enregistre l&apos;appliance sur les serveurs de mise à jour Bomgar, prépare le ou les paquets de mise à jour nécessaires et envoie les instructions d&apos;installation. Une ou plusieurs mises à jour du logiciel de base sont à installer avant le paquet de site /login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the updates and log into /login</source>
        <extracomment>proc_login_site_package.json#install</extracomment>
        <translation>Installer les mises à jour et se connecter à /login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the instructions from Bomgar Support to update the appliance and log into the /login web interface, using the default admin and password credentials. The system forces the password to be changed at login.</source>
        <extracomment>proc_login_site_package.json#install</extracomment>
        <translation>Suivez les instructions du support Bomgar pour mettre l&apos;appliance à jour et connectez-vous à l&apos;interface web /login avec les identifiants par défaut admin et password. Le système impose de changer le mot de passe à la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the appliance with the rep console</source>
        <extracomment>proc_rep_console_test.json</extracomment>
        <translation>Tester l&apos;appliance avec la console de technicien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the rep console with the credentials that worked before the failure and verify Jump Clients, Jumpoints, options and settings.</source>
        <extracomment>proc_rep_console_test.json</extracomment>
        <translation>Se connecter à la console de technicien avec les identifiants valables avant la panne et vérifier Jump Clients, Jumpoints, options et réglages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appliance should now be operational</source>
        <extracomment>proc_rep_console_test.json#expectation</extracomment>
        <translation>L&apos;appliance devrait maintenant être opérationnelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After /login is online and the backup is restored, the appliance should be fully operational, assuming the network&apos;s traffic has been properly routed.</source>
        <extracomment>proc_rep_console_test.json#expectation</extracomment>
        <translation>Une fois /login en ligne et la sauvegarde restaurée, l&apos;appliance devrait être pleinement opérationnelle, à condition que le trafic réseau soit correctement acheminé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the rep console</source>
        <extracomment>proc_rep_console_test.json#open_console</extracomment>
        <translation>Ouvrir la console de technicien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the rep console.</source>
        <extracomment>proc_rep_console_test.json#open_console</extracomment>
        <translation>Ouvrez la console de technicien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in as before the failure</source>
        <extracomment>proc_rep_console_test.json#log_in</extracomment>
        <translation>Se connecter comme avant la panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in with the user credentials that worked prior to the failure event.</source>
        <extracomment>proc_rep_console_test.json#log_in</extracomment>
        <translation>Connectez-vous avec les identifiants utilisateur qui fonctionnaient avant la panne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify clients, options and settings</source>
        <extracomment>proc_rep_console_test.json#verify</extracomment>
        <translation>Vérifier clients, options et réglages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify that all Jump Clients, Jumpoints, options, and settings function as expected.</source>
        <extracomment>proc_rep_console_test.json#verify</extracomment>
        <translation>Vérifiez que tous les Jump Clients, Jumpoints, options et réglages fonctionnent comme prévu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There should be no need to deploy new client software. Instead, the original clients should reconnect with the new appliance automatically.</source>
        <extracomment>proc_rep_console_test.json#verify</extracomment>
        <translation>Il ne devrait pas être nécessaire de déployer un nouveau logiciel client. Les clients d&apos;origine devraient se reconnecter automatiquement à la nouvelle appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return the defective appliance</source>
        <extracomment>proc_return_defective.json</extracomment>
        <translation>Renvoyer l&apos;appliance défectueuse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wipe the failed appliance (Reset Appliance to Factory Defaults, Shut Down This Appliance) and ship it back with the return label within two weeks.</source>
        <extracomment>proc_return_defective.json</extracomment>
        <translation>Effacer l&apos;appliance en panne (Reset Appliance to Factory Defaults, Shut Down This Appliance) et la renvoyer avec l&apos;étiquette de retour sous deux semaines.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wipe the appliance first?</source>
        <extracomment>proc_return_defective.json#wipe</extracomment>
        <translation>Effacer d&apos;abord l&apos;appliance&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In cases where you have replaced a failed hardware appliance, it will be necessary to dispose of the failed hardware. First, you may wish to wipe the appliance of all sensitive data.</source>
        <extracomment>proc_return_defective.json#wipe</extracomment>
        <translation>Si vous avez remplacé une appliance matérielle en panne, il faudra vous défaire du matériel en panne. Vous voudrez peut-être d&apos;abord effacer toutes les données sensibles de l&apos;appliance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wipe the defective appliance before returning it?</source>
        <extracomment>proc_return_defective.json#wipe</extracomment>
        <translation>Effacer l&apos;appliance défectueuse avant de la renvoyer&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, wipe it</source>
        <extracomment>proc_return_defective.json#wipe</extracomment>
        <translation>Oui, l&apos;effacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the defective appliance</source>
        <extracomment>proc_return_defective.json#log_in</extracomment>
        <translation>Se connecter à l&apos;appliance défectueuse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log into the **/appliance** web interface of the defective appliance.</source>
        <extracomment>proc_return_defective.json#log_in</extracomment>
        <translation>Connectez-vous à l&apos;interface web **/appliance** de l&apos;appliance défectueuse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Status &gt; Basics</source>
        <extracomment>proc_return_defective.json#status_basics</extracomment>
        <translation>Ouvrir Status &gt; Basics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse to the **Status &gt; Basics** page.</source>
        <extracomment>proc_return_defective.json#status_basics</extracomment>
        <translation>Allez sur la page **Status &gt; Basics**.</translation>
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
        <translation>Cliquez sur **Reset Appliance to Factory Defaults**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the reset</source>
        <extracomment>proc_return_defective.json#wait_reset</extracomment>
        <translation>Attendre la réinitialisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the reset to complete.</source>
        <extracomment>proc_return_defective.json#wait_reset</extracomment>
        <translation>Attendez la fin de la réinitialisation.</translation>
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
        <translation>Cliquez sur **Shut Down This Appliance**.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ship it back with the return label</source>
        <extracomment>proc_return_defective.json#return_label</extracomment>
        <translation>La renvoyer avec l&apos;étiquette de retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once done, ask Bomgar Support for a return shipping label, if you have not been sent one already. Once you have the return label, use it to ship the appliance back. Many administrators choose to use the packaging materials of the replacement appliance to return the defective one.</source>
        <extracomment>proc_return_defective.json#return_label</extracomment>
        <translation>Ensuite, demandez au support Bomgar une étiquette de retour si vous n&apos;en avez pas déjà reçu une. Avec cette étiquette, renvoyez l&apos;appliance. Beaucoup d&apos;administrateurs réutilisent l&apos;emballage de l&apos;appliance de remplacement pour renvoyer la défectueuse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a replacement appliance is received, it is a requirement that the defective appliance be returned to Bomgar within two weeks of the new appliance becoming operational. Outstanding appliances are invoiced at list price.</source>
        <extracomment>proc_return_defective.json#return_label</extracomment>
        <translation>Si une appliance de remplacement est reçue, l&apos;appliance défectueuse doit être renvoyée à Bomgar dans les deux semaines suivant la mise en service de la nouvelle. Les appliances non restituées sont facturées au prix catalogue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair at the location, or RMA</source>
        <extracomment>proc_rma.json</extracomment>
        <translation>Réparation sur place, ou RMA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepare for an at-location repair with Bomgar Support (keyboard, monitor, torx screwdriver or KVM, outbound TCP 443); if that is not possible, give Support what it needs for the RMA.</source>
        <extracomment>proc_rma.json</extracomment>
        <translation>Préparer une réparation sur place avec le support Bomgar (clavier, écran, tournevis Torx ou KVM, TCP 443 sortant)&#xa0;; si ce n&apos;est pas possible, fournir au support ce dont il a besoin pour le RMA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard, monitor and screwdriver at the appliance</source>
        <extracomment>proc_rma.json#on_site</extracomment>
        <translation>Clavier, écran et tournevis près de l&apos;appliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every reasonable attempt is made to restore Bomgar Appliances to full operation while still at the location. This typically involves a technician going to wherever the appliance is located and connecting a PS/2 keyboard and VGA monitor to the back of the appliance. To do this, a torx 8 or 10 screwdriver is required to remove the backplate.</source>
        <extracomment>proc_rma.json#on_site</extracomment>
        <translation>Tout est raisonnablement tenté pour rendre les appliances Bomgar pleinement opérationnelles sur place. En général, un technicien se rend là où se trouve l&apos;appliance et branche un clavier PS/2 et un écran VGA à l&apos;arrière. Il faut pour cela un tournevis Torx T8 ou T10 pour retirer la plaque arrière.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is best practice to have all this hardware on-site prior to a failure event.</source>
        <extracomment>proc_rma.json#on_site</extracomment>
        <translation>La bonne pratique est d&apos;avoir tout ce matériel sur place avant une panne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the appliance is racked in a data center with a KVM switch, this can be used instead.</source>
        <extracomment>proc_rma.json#on_site</extracomment>
        <translation>Si l&apos;appliance est installée en baie dans un centre de données avec un commutateur KVM, celui-ci peut être utilisé à la place.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound TCP 443</source>
        <extracomment>proc_rma.json#outbound_443</extracomment>
        <translation>TCP 443 sortant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is also best practice to allow the appliance outbound access to the internet over TCP 443. This allows Bomgar Support to establish a secure connection with the appliance for low-level troubleshooting and recovery.</source>
        <extracomment>proc_rma.json#outbound_443</extracomment>
        <translation>La bonne pratique est aussi d&apos;autoriser l&apos;appliance à sortir vers internet en TCP 443. Cela permet au support Bomgar d&apos;établir une connexion sécurisée avec l&apos;appliance pour le dépannage et la reprise de bas niveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair at the location</source>
        <extracomment>proc_rma.json#repaired</extracomment>
        <translation>Réparation sur place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could the appliance be repaired at its location?</source>
        <extracomment>proc_rma.json#repaired</extracomment>
        <translation>L&apos;appliance a-t-elle pu être réparée sur place&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, it was repaired</source>
        <extracomment>proc_rma.json#repaired</extracomment>
        <translation>Oui, elle a été réparée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, an RMA is needed</source>
        <extracomment>proc_rma.json#repaired</extracomment>
        <translation>Non, un RMA est nécessaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What an RMA covers</source>
        <extracomment>proc_rma.json#rma_scope</extracomment>
        <translation>Ce que couvre un RMA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hardware RMAs may include one or more completely new appliances and/or Field Replaceable Units (FRU). An FRU can be issued only for B300 and B400 appliances. Replaceable items include hard disk drives and power supplies. Any other hardware problems result in a full RMA of the entire appliance.</source>
        <extracomment>proc_rma.json#rma_scope</extracomment>
        <translation>Les RMA matériels peuvent comprendre une ou plusieurs appliances entièrement neuves et/ou des Field Replaceable Units (FRU). Une FRU ne peut être fournie que pour les appliances B300 et B400. Les éléments remplaçables sont les disques durs et les alimentations. Tout autre problème matériel entraîne un RMA complet de l&apos;appliance entière.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact name</source>
        <extracomment>proc_rma.json#contact_name</extracomment>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To process an RMA, Bomgar Support needs the contact name, email, and phone.</source>
        <extracomment>proc_rma.json#contact_name</extracomment>
        <translation>Pour traiter un RMA, le support Bomgar a besoin du nom, de l&apos;e-mail et du téléphone du contact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact email</source>
        <extracomment>proc_rma.json#contact_email</extracomment>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact phone</source>
        <extracomment>proc_rma.json#contact_phone</extracomment>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping address</source>
        <extracomment>proc_rma.json#shipping_address</extracomment>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shipping address for the replacement.</source>
        <extracomment>proc_rma.json#shipping_address</extracomment>
        <translation>L&apos;adresse de livraison du remplacement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The serial number of the failed appliance.</source>
        <extracomment>proc_rma.json#serial</extracomment>
        <translation>Le numéro de série de l&apos;appliance en panne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT number</source>
        <extracomment>proc_rma.json#vat</extracomment>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value Added Tax (VAT) number, if necessary.</source>
        <extracomment>proc_rma.json#vat</extracomment>
        <translation>Numéro de TVA intracommunautaire, si nécessaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>International shipment?</source>
        <extracomment>proc_rma.json#international</extracomment>
        <translation>Envoi international&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When shipping Bomgar hardware internationally, Bomgar Support must begin by confirming whether the appliance is to be returned to Bomgar temporarily and shipped back after repair or returned to Bomgar permanently and replaced with new hardware.</source>
        <extracomment>proc_rma.json#international</extracomment>
        <translation>Pour un envoi international de matériel Bomgar, le support Bomgar doit d&apos;abord confirmer si l&apos;appliance sera renvoyée temporairement à Bomgar et réexpédiée après réparation, ou renvoyée définitivement et remplacée par du matériel neuf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is the hardware shipped internationally?</source>
        <extracomment>proc_rma.json#international</extracomment>
        <translation>Le matériel est-il expédié à l&apos;international&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair and return, or replace</source>
        <extracomment>proc_rma.json#international_choice</extracomment>
        <translation>Réparer et renvoyer, ou remplacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm with Bomgar Support whether the appliance is to be returned to Bomgar temporarily and shipped back after repair or returned to Bomgar permanently and replaced with new hardware. The former option can take up to four weeks.</source>
        <extracomment>proc_rma.json#international_choice</extracomment>
        <translation>Confirmez avec le support Bomgar si l&apos;appliance sera renvoyée temporairement à Bomgar et réexpédiée après réparation, ou renvoyée définitivement et remplacée par du matériel neuf. La première option peut prendre jusqu&apos;à quatre semaines.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Because the latter option may incur VAT fees for international shipments, it is important to send documented consent to Bomgar Support for the payment of any fees incurred by this process.</source>
        <extracomment>proc_rma.json#international_choice</extracomment>
        <translation>La seconde option pouvant entraîner des frais de TVA pour les envois internationaux, il est important d&apos;envoyer au support Bomgar un accord écrit pour le paiement des frais engendrés par cette procédure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replacements for appliances located in Ireland or the European Union are usually shipped from Bomgar&apos;s inventory in Ireland. No VAT fees are expected for these shipments.</source>
        <extracomment>proc_rma.json#international_choice</extracomment>
        <translation>Les remplacements pour les appliances situées en Irlande ou dans l&apos;Union européenne partent en général du stock de Bomgar en Irlande. Aucun frais de TVA n&apos;est attendu pour ces envois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packing slip, return label or DHL pickup</source>
        <extracomment>proc_rma.json#paperwork</extracomment>
        <translation>Bordereau, étiquette de retour ou enlèvement DHL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the RMA request has been opened, a printable packing slip for the old appliance is emailed along with tracking and setup instructions for the new or repaired hardware. For RMAs in the United States, a return shipping label is sent. For appliances outside the United States, either Bomgar&apos;s DHL account number is given to schedule a DHL pickup, or Bomgar Support arranges for the Waste Electrical and Electronic Equipment (WEEE) scrapping of the appliance.</source>
        <extracomment>proc_rma.json#paperwork</extracomment>
        <translation>Une fois la demande de RMA ouverte, un bordereau d&apos;expédition imprimable pour l&apos;ancienne appliance est envoyé par e-mail, avec le suivi et les instructions d&apos;installation du matériel neuf ou réparé. Pour les RMA aux États-Unis, une étiquette de retour est envoyée. Pour les appliances hors des États-Unis, soit le numéro de compte DHL de Bomgar est fourni pour organiser un enlèvement DHL, soit le support Bomgar organise la mise au rebut de l&apos;appliance selon la directive DEEE (WEEE).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar Support follows up to ensure the replacement hardware is installed and functional before closing the RMA incident.</source>
        <extracomment>proc_rma.json#paperwork</extracomment>
        <translation>Le support Bomgar fait un suivi pour s&apos;assurer que le matériel de remplacement est installé et fonctionne avant de clore l&apos;incident RMA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call Bomgar Support</source>
        <extracomment>proc_support_call.json</extracomment>
        <translation>Appeler le support Bomgar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to reach Bomgar Support, their hours and holidays, the severity levels, what to send, and the incident number.</source>
        <extracomment>proc_support_call.json</extracomment>
        <translation>Comment joindre le support Bomgar, ses horaires et jours fériés, les niveaux de gravité, quoi envoyer, et le numéro d&apos;incident.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to reach Bomgar Support</source>
        <extracomment>proc_support_call.json#channels</extracomment>
        <translation>Comment joindre le support Bomgar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents should be reported to Bomgar Support via chat, phone, or incident form on the www.bomgar.com/help site. Some of these options require a login, which is given to existing customers upon purchasing Bomgar. Anyone can email Bomgar Support, even without purchasing Bomgar, using any of the following three email addresses:
- General email: support@bomgar.com
- EMEA region: emea.support@bomgar.com
- APAC region: apac.support@bomgar.com</source>
        <extracomment>proc_support_call.json#channels</extracomment>
        <translation>Les incidents doivent être signalés au support Bomgar par chat, téléphone ou formulaire d&apos;incident sur le site www.bomgar.com/help. Certaines de ces options exigent un identifiant, fourni aux clients lors de l&apos;achat de Bomgar. Tout le monde peut écrire au support Bomgar, même sans avoir acheté Bomgar, à l&apos;une de ces trois adresses&#xa0;:
- E-mail général&#xa0;: support@bomgar.com
- Région EMEA&#xa0;: emea.support@bomgar.com
- Région APAC&#xa0;: apac.support@bomgar.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support hours and holidays</source>
        <extracomment>proc_support_call.json#hours</extracomment>
        <translation>Horaires et jours fériés du support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar offers support in English during our normal business hours from 2:00 AM to 7:00 PM CST/CDT, Monday - Friday. The site www.bomgar.com/help is available 24 hours a day to provide assistance.</source>
        <extracomment>proc_support_call.json#hours</extracomment>
        <translation>Bomgar assure le support en anglais pendant ses heures ouvrées normales, de 2 h à 19 h CST/CDT, du lundi au vendredi. Le site www.bomgar.com/help est disponible 24 h sur 24.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar observes the following holidays (USA): New Year&apos;s Day (January 1st), Martin Luther King Day (Third Monday in January), President&apos;s Day (Third Monday in February), Good Friday (Varies), Memorial Day (Last Monday in May), Independence Day (July 4th), Labor Day (First Monday in September), Columbus Day (Second Monday in October), Veterans Day (November 11th), Thanksgiving Day (Fourth Thursday in November), Day after Thanksgiving (Fourth Friday in November), Christmas Eve (December 24th), Christmas Day (December 25th).</source>
        <extracomment>proc_support_call.json#hours</extracomment>
        <translation>Bomgar observe les jours fériés suivants (États-Unis)&#xa0;: New Year&apos;s Day (1er janvier), Martin Luther King Day (troisième lundi de janvier), President&apos;s Day (troisième lundi de février), Good Friday (Vendredi saint, variable), Memorial Day (dernier lundi de mai), Independence Day (4 juillet), Labor Day (premier lundi de septembre), Columbus Day (deuxième lundi d&apos;octobre), Veterans Day (11 novembre), Thanksgiving Day (quatrième jeudi de novembre), Day after Thanksgiving (quatrième vendredi de novembre), Christmas Eve (24 décembre), Christmas Day (25 décembre).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the holiday falls during a weekend, the nearest weekday is observed instead.</source>
        <extracomment>proc_support_call.json#hours</extracomment>
        <translation>Si le jour férié tombe un week-end, le jour de semaine le plus proche est chômé à la place.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents reported outside of Bomgar&apos;s normal support hours are considered to be received at the beginning of the next business day.</source>
        <extracomment>proc_support_call.json#hours</extracomment>
        <translation>Les incidents signalés en dehors des heures de support normales de Bomgar sont réputés reçus au début du jour ouvré suivant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity levels</source>
        <extracomment>proc_support_call.json#severity</extracomment>
        <translation>Niveaux de gravité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity levels range from **Severity Level 1** (critical) to **Severity Level 3** (low priority).
- **Severity Level 1:** Production system down and inoperable. The issue cannot be solved by a restart, a bypass, or a workaround. Incident must be documented via email and followed up by telephone call. Maximum target time for First Response (start of resolution) is 30 minutes. Maximum target time for Customer Response Time is 30 minutes.
- **Severity Level 2:** Production system is operational but impacted due to issue with documented product functionality. Workaround exists for core product functionality. Incident must be reported via email to document the issue and may be followed up by telephone. Maximum target time for First Response (start of resolution) is 24 hours. Maximum target time for Customer Response Time is 24 hours.
- **Severity Level 3:** Cosmetic impairment. Limited impact to use of system. No immediate resolution required. Incident must be reported via email. Maximum target time for First Response (start of resolution) is 24 hours.</source>
        <extracomment>proc_support_call.json#severity</extracomment>
        <translation>Les niveaux de gravité vont du **niveau de gravité 1** (critique) au **niveau de gravité 3** (faible priorité).
- **Niveau de gravité 1&#xa0;:** système de production arrêté et inutilisable. Le problème ne peut être résolu ni par un redémarrage, ni par un contournement, ni par une solution de rechange. L&apos;incident doit être documenté par e-mail et suivi d&apos;un appel téléphonique. Délai cible maximal de First Response (début de la résolution)&#xa0;: 30 minutes. Délai cible maximal de Customer Response Time&#xa0;: 30 minutes.
- **Niveau de gravité 2&#xa0;:** système de production opérationnel mais affecté par un problème de fonctionnalité documentée du produit. Une solution de rechange existe pour la fonctionnalité principale. L&apos;incident doit être signalé par e-mail pour documenter le problème et peut être suivi d&apos;un appel. Délai cible maximal de First Response (début de la résolution)&#xa0;: 24 heures. Délai cible maximal de Customer Response Time&#xa0;: 24 heures.
- **Niveau de gravité 3&#xa0;:** défaut esthétique. Impact limité sur l&apos;utilisation du système. Aucune résolution immédiate requise. L&apos;incident doit être signalé par e-mail. Délai cible maximal de First Response (début de la résolution)&#xa0;: 24 heures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response times are based on normal business hours, unless otherwise noted.</source>
        <extracomment>proc_support_call.json#severity</extracomment>
        <translation>Les délais de réponse se basent sur les heures ouvrées normales, sauf indication contraire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**Failure to Respond** within the Customer Response Time results in a lower priority level being placed on the issue.</source>
        <extracomment>proc_support_call.json#severity</extracomment>
        <translation>**L&apos;absence de réponse** dans le Customer Response Time entraîne une priorité plus basse pour le problème.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gather the incident information</source>
        <extracomment>proc_support_call.json#gather</extracomment>
        <translation>Rassembler les informations de l&apos;incident</translation>
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
        <translation>Lors du signalement d&apos;un incident, merci d&apos;inclure les informations suivantes&#xa0;:
- **Nom du demandeur**
- **Nom de l&apos;organisation**
- **Version du produit Bomgar**
- **Messages d&apos;erreur exacts reçus**
- **Étapes pour reproduire le problème**
- **Actions effectuées avant l&apos;incident**
- **Modifications apportées au produit Bomgar** (par exemple l&apos;environnement réseau et le poste de travail concernés par le problème)
- **Depuis combien de temps le problème persiste**
- **Système d&apos;exploitation** (si lié au logiciel)
- **Rôles de serveur attribués** (si lié au serveur)
- **Fichiers journaux**
- **Captures d&apos;écran**</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As a general rule, the more specific the details provided, the better chance the Bomgar Support representative will be able to provide a resolution quickly.</source>
        <extracomment>proc_support_call.json#gather</extracomment>
        <translation>En règle générale, plus les détails fournis sont précis, plus le technicien du support Bomgar a de chances d&apos;apporter rapidement une solution.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report the incident</source>
        <extracomment>proc_support_call.json#report</extracomment>
        <translation>Signaler l&apos;incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar recommends reporting all **Severity Level 1** incidents initially with a detailed email to support@bomgar.com followed by a telephone call.</source>
        <extracomment>proc_support_call.json#report</extracomment>
        <translation>Bomgar recommande de signaler tous les incidents de **niveau de gravité 1** d&apos;abord par un e-mail détaillé à support@bomgar.com, suivi d&apos;un appel téléphonique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bomgar Support verifies that a current maintenance agreement with Bomgar is in effect and that they are speaking with a valid company representative. If either of these cannot be validated, Bomgar Support is unable to provide any further support.</source>
        <extracomment>proc_support_call.json#report</extracomment>
        <translation>Le support Bomgar vérifie qu&apos;un contrat de maintenance Bomgar est en vigueur et qu&apos;il s&apos;adresse à un représentant valide de l&apos;entreprise. Si l&apos;un des deux ne peut être vérifié, le support Bomgar ne peut pas apporter d&apos;aide supplémentaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At any point in the support process, a request can be made to speak to a support supervisor or support manager: support.supervisor@bomgar.com or support.manager@bomgar.com.</source>
        <extracomment>proc_support_call.json#report</extracomment>
        <translation>À tout moment du processus de support, vous pouvez demander à parler à un superviseur ou à un responsable du support&#xa0;: support.supervisor@bomgar.com ou support.manager@bomgar.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident number</source>
        <extracomment>proc_support_call.json#incident_number</extracomment>
        <translation>Numéro d&apos;incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When an incident or request is submitted, it is logged and is given an incident number and a severity rating. If an email correspondence is necessary, the subject of the email should begin with **Incident #**, followed by the incident number (e.g., Incident# 40100).</source>
        <extracomment>proc_support_call.json#incident_number</extracomment>
        <translation>Quand un incident ou une demande est soumis, il est enregistré et reçoit un numéro d&apos;incident et un niveau de gravité. Si un échange d&apos;e-mails est nécessaire, l&apos;objet doit commencer par **Incident #**, suivi du numéro d&apos;incident (par ex. Incident# 40100).</translation>
    </message>
</context>
<context>
    <name>support</name>
    <message>
        <location filename="../core/automation/IncidentFromRun.cpp" line="+128"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; failed</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» a échoué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Followed the recovery runbook &quot;%1&quot; as a drill (run %2, started %3).</source>
        <translation>A suivi le runbook de reprise «&#xa0;%1&#xa0;» en exercice (exécution %2, commencée le %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed the recovery runbook &quot;%1&quot; (run %2, started %3).</source>
        <translation>A suivi le runbook de reprise «&#xa0;%1&#xa0;» (exécution %2, commencée le %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No failover role change was made.</source>
        <translation>Aucun changement de rôle de basculement n&apos;a été fait.</translation>
    </message>
</context>
</TS>
