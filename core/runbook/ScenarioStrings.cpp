// GENERATED from resources/scenarios/*.json by dr::runbook::renderStringsSource. Do not edit by hand:
// tst_runbook_strings fails when this file is out of date and writes the fresh version for you to copy.
// It exists so that lupdate extracts the scenario strings (it cannot read JSON).
// clang-format off
#include <QtGlobal>

namespace dr::runbook {

const char* const* scenarioStringTable(int* count)
{
    static const char* const table[] = {
        //: 01_prepare.json
        QT_TRANSLATE_NOOP("scenario", "Prepare for a disaster"),
        //: 01_prepare.json
        QT_TRANSLATE_NOOP("scenario", "Enable backup operations on the failover backup and sync; export and verify the certificate; record the /appliance settings; download /login backups now, before every upgrade and on a schedule; know what a backup contains."),
        //: 01_prepare.json#intro
        QT_TRANSLATE_NOOP("scenario", "What must be backed up"),
        //: 01_prepare.json#intro
        QT_TRANSLATE_NOOP("scenario", "Backing up the site data from Bomgar on a regular basis is an essential part of appliance administration and maintenance. Most of the settings and data from the /login administrative web interface can be captured as a single .nsb file. In most cases, the /appliance administrative web interface contains the SSL certificates and network configuration of the appliance. These are essential to the functionality of the appliance and must be configured during the recovery process."),
        //: 01_prepare.json#intro
        QT_TRANSLATE_NOOP("scenario", "As a Bomgar customer, the authorized contact agrees to keep full and current backups of Bomgar data, using the tools provided. It is extremely important to perform backups prior to any upgrades or updates."),
        //: 01_prepare.json#appliance_type
        QT_TRANSLATE_NOOP("scenario", "Type of appliance"),
        //: 01_prepare.json#appliance_type
        QT_TRANSLATE_NOOP("scenario", "Bomgar-hosted sites do not have access to /appliance, but administrators should maintain backups of hosted site /login data. Bomgar Cloud sites have a minimal version of the /appliance web interface accessible from the **Appliance** tab of the /login administrative web interface. Since Bomgar manages the network configuration of Bomgar Cloud sites and provides a working default certificate, Bomgar Cloud administrators need to backup only their certificates, SSL/TLS configuration, and/or updates schedule, if these have been manually customized."),
        //: 01_prepare.json#appliance_type
        QT_TRANSLATE_NOOP("scenario", "What is being backed up?"),
        //: 01_prepare.json#appliance_type
        QT_TRANSLATE_NOOP("scenario", "Hardware appliance"),
        //: 01_prepare.json#appliance_type
        QT_TRANSLATE_NOOP("scenario", "Virtual appliance"),
        //: 01_prepare.json#appliance_type
        QT_TRANSLATE_NOOP("scenario", "Bomgar Cloud appliance"),
        //: 01_prepare.json#appliance_type
        QT_TRANSLATE_NOOP("scenario", "Bomgar-hosted site"),
        //: 01_prepare.json#has_failover
        QT_TRANSLATE_NOOP("scenario", "Failover"),
        //: 01_prepare.json#has_failover
        QT_TRANSLATE_NOOP("scenario", "Bomgar failover enables the synchronization of data between two peer appliances, creating a simplified process for securely swapping from a failed appliance. Two appliances host the same installed software package for a single site. DNS directs support traffic of the site to one of these peer appliances, the primary appliance, where all settings are configured. The backup appliance synchronizes with the primary appliance, according to the settings configured in the appliance's /login interface."),
        //: 01_prepare.json#has_failover
        QT_TRANSLATE_NOOP("scenario", "Are two appliances in failover mode?"),
        //: 01_prepare.json#has_failover
        QT_TRANSLATE_NOOP("scenario", "Yes"),
        //: 01_prepare.json#has_failover
        QT_TRANSLATE_NOOP("scenario", "No"),
        //: 01_prepare.json#log_in_backup
        QT_TRANSLATE_NOOP("scenario", "Log into the backup appliance"),
        //: 01_prepare.json#log_in_backup
        QT_TRANSLATE_NOOP("scenario", "Log into the /login admin web interface of the backup appliance."),
        //: 01_prepare.json#browse_failover
        QT_TRANSLATE_NOOP("scenario", "Open Management > Failover"),
        //: 01_prepare.json#browse_failover
        QT_TRANSLATE_NOOP("scenario", "Browse to **Management > Failover**."),
        //: 01_prepare.json#enable_backup_operations
        QT_TRANSLATE_NOOP("scenario", "Enable Backup Operations"),
        //: 01_prepare.json#enable_backup_operations
        QT_TRANSLATE_NOOP("scenario", "Check **Enable Backup Operations**."),
        //: 01_prepare.json#enable_backup_operations
        QT_TRANSLATE_NOOP("scenario", "Automatic Data-Sync Interval and Data-Sync Bandwidth Limit do not need to be changed in most environments."),
        //: 01_prepare.json#sync_now
        QT_TRANSLATE_NOOP("scenario", "Sync Now"),
        //: 01_prepare.json#sync_now
        QT_TRANSLATE_NOOP("scenario", "Click **Sync Now** to manually force synchronization under the **Backup Site Instance Status**. Failover sync captures all users, files, and configuration in /login with the exception of failover configurations, including settings on the **Failover** page and the **Inter-Appliance Pre-Shared Key** under **Management > Security**."),
        //: 01_prepare.json#sync_now
        QT_TRANSLATE_NOOP("scenario", "It is important to note that failover appliances do not sync any settings or data under /appliance. This means that certificates and network configuration are not replicated."),
        //: 01_prepare.json#sync_now
        QT_TRANSLATE_NOOP("scenario", "It is not necessary to back up certificates from each appliance; however, failover appliances should have identical certificate configuration. Once replicated, a single backup copy of the certificates from either appliance is sufficient. Network configuration and any other customized /appliance settings must be backed up for each appliance; however, /login data can be backed up for each appliance as well. This applies especially to failover settings, which are not included in the failover sync. Saving backups of /login settings serves as a safeguard in case failover sync fails."),
        //: 01_prepare.json#certificates
        QT_TRANSLATE_NOOP("scenario", "Back up certificates"),
        //: 01_prepare.json#certificates
        QT_TRANSLATE_NOOP("scenario", "Network configuration and SSL certificates are necessary for the operation of Bomgar Appliances. Bomgar-hosted sites and cloud appliances are managed automatically, but it is possible for administrators to install custom certificates on Cloud Appliances. If an appliance fails, network configuration and SSL certificates must be restored to the new or repaired appliance in order to connect with the remote client software (e.g., rep consoles and Jump Clients). Bomgar-hosted sites are managed by Bomgar, but administrators of on-premises and Cloud Appliances should back up their certificates."),
        //: 01_prepare.json#appliance_settings
        QT_TRANSLATE_NOOP("scenario", "Back up /appliance with screenshots"),
        //: 01_prepare.json#appliance_settings
        QT_TRANSLATE_NOOP("scenario", "With the exception of certificates, /appliance configuration cannot be downloaded as a single, password-protected file in the way /login configuration can. The /appliance configuration must be backed up using screenshots and/ or text data. These files should be given an identifying name, including the appliance version, appliance serial number, base software version, and system time as shown on the **Status** page of the appliance at the time of the backup."),
        //: 01_prepare.json#appliance_settings
        QT_TRANSLATE_NOOP("scenario", "Network configuration for Bomgar should be saved by the networking team in a network diagram. This should include firewall rules, antivirus whitelists, and IDS /IPS settings, as appropriate."),
        //: 01_prepare.json#appliance_serial
        QT_TRANSLATE_NOOP("scenario", "Appliance serial number"),
        //: 01_prepare.json#appliance_serial
        QT_TRANSLATE_NOOP("scenario", "The appliance serial number as shown on the **Status** page, for the names of the screenshot files."),
        //: 01_prepare.json#appliance_version
        QT_TRANSLATE_NOOP("scenario", "Appliance version and base software version"),
        //: 01_prepare.json#appliance_version
        QT_TRANSLATE_NOOP("scenario", "The appliance version, base software version, and system time as shown on the **Status** page, for the names of the screenshot files."),
        //: 01_prepare.json#appliance_version
        QT_TRANSLATE_NOOP("scenario", "Appliance version, base software version and system time"),
        //: 01_prepare.json#screenshot_ip_configuration
        QT_TRANSLATE_NOOP("scenario", "Screenshot: IP Configuration"),
        //: 01_prepare.json#screenshot_ip_configuration
        QT_TRANSLATE_NOOP("scenario", "A backup copy of the appliance network configuration can be saved by taking screenshots of the /appliance **Networking > IP Configuration** page."),
        //: 01_prepare.json#screenshot_routes_snmp
        QT_TRANSLATE_NOOP("scenario", "Screenshots: Static Routes and SNMP"),
        //: 01_prepare.json#screenshot_routes_snmp
        QT_TRANSLATE_NOOP("scenario", "If static routes and/or SNMP are used, this information is captured from the **Networking > Static Routes** and **Networking > SNMP** pages, respectively."),
        //: 01_prepare.json#screenshot_routes_snmp
        QT_TRANSLATE_NOOP("scenario", "Bomgar Cloud customers and Bomgar-hosted sites do not have these options and do not need to be backed up. They are managed automatically."),
        //: 01_prepare.json#screenshot_ssl_tls
        QT_TRANSLATE_NOOP("scenario", "Screenshots: SSL/TLS and Appliance Administration"),
        //: 01_prepare.json#screenshot_ssl_tls
        QT_TRANSLATE_NOOP("scenario", "If the appliance has custom SSL/TLS configuration or special user account, network, and/or port restrictions, take a screenshot of these from **Security > SSL/TLS Configuration** and **Security > Appliance Administration**."),
        //: 01_prepare.json#syslog
        QT_TRANSLATE_NOOP("scenario", "Note the syslog server"),
        //: 01_prepare.json#syslog
        QT_TRANSLATE_NOOP("scenario", "The appliance may also be configured to send logs to a syslog server. If this is the case, make note of the syslog server's hostname and/or IP along with its preferred message format. These settings can be found under **Security > Appliance Administration** in the **Syslog** section."),
        //: 01_prepare.json#screenshot_login_agreement
        QT_TRANSLATE_NOOP("scenario", "Screenshot: login agreement"),
        //: 01_prepare.json#screenshot_login_agreement
        QT_TRANSLATE_NOOP("scenario", "If the appliance is configured with such an agreement, the agreement is located under **Security > Appliance Administration > /appliance Prerequisite Login Agreement**. If it is configured, capture a screenshot of the agreement."),
        //: 01_prepare.json#screenshot_email
        QT_TRANSLATE_NOOP("scenario", "Screenshot: Email Configuration"),
        //: 01_prepare.json#screenshot_email
        QT_TRANSLATE_NOOP("scenario", "The email configuration settings in /appliance are located in **Security > Email Configuration**. These settings are separate from the email configuration settings in /login. The /appliance email settings are used by the appliance to send SSL certificate expiration reminders, among others as specified in Admin Alerts. If the appliance is configured for reminders, take a screenshot of the page."),
        //: 01_prepare.json#updates_schedule
        QT_TRANSLATE_NOOP("scenario", "Note the updates schedule"),
        //: 01_prepare.json#updates_schedule
        QT_TRANSLATE_NOOP("scenario", "Bomgar Cloud administrators need to backup only their certificates, SSL/TLS configuration, and/or updates schedule, if these have been manually customized."),
        //: 01_prepare.json#nsb_contents
        QT_TRANSLATE_NOOP("scenario", "What a .nsb backup contains"),
        //: 01_prepare.json#nsb_contents
        QT_TRANSLATE_NOOP("scenario", "The users, settings, and data in /login can be saved in a single Bomgar backup file, which uses the .nsb extension. The resulting .nsb backup file includes the data listed below even if **Include logged history** is not checked at the time of the download:\n- **Local User Accounts**\n- **Security Provider Configuration**\n- **Group Policy Configuration**\n- **Jumpoint Configuration**\n- **Jump Client Configuration**\n- **Team Configuration**\n- **Language Configuration**\n- **Security Configuration**\n- **Inter-appliance Communication Pre-shared Key**\n- **Failover Configuration**\n- **Outbound Event Configuration**\n- **Kerberos Keytab**\nBackups taken from a Bomgar Remote Support site (as opposed to Bomgar Privileged Access) also include the following:\n- **Canned Messages Configuration**\n- **Client Branding & Messaging**\n- **Exit Survey Configuration**\n- **Public Site Configuration**\n- **File Store** (first 50 files up to 200KB in size)\n- **Created/Scheduled Presentations**\nIf **Include logged history** is checked, the .nsb backup file includes the following data:\n- **Logged Session Data**\n- **Logged Presentation Information** (Bomgar Remote Support only)\n- **Logged License Usage** (Bomgar Remote Support only)\n- **Logged Support Team Information**"),
        //: 01_prepare.json#nsb_excludes
        QT_TRANSLATE_NOOP("scenario", "What a .nsb backup does not contain"),
        //: 01_prepare.json#nsb_excludes
        QT_TRANSLATE_NOOP("scenario", "In either case, the .nsb backup file does not include the following:\n- **Session Recordings**\n- **Command Shell Recordings**\n- **Presentation Recordings**\n- **File Store files larger than 200KB**\n- **File Store files beyond the first 50**\n- **Settings, users, or data from /appliance**"),
        //: 01_prepare.json#download_backup
        QT_TRANSLATE_NOOP("scenario", "Download Backup"),
        //: 01_prepare.json#download_backup
        QT_TRANSLATE_NOOP("scenario", "To perform manual downloads, click **Download Backup** under the **/login > Management > Software Management** tab."),
        //: 01_prepare.json#download_backup
        QT_TRANSLATE_NOOP("scenario", "Bomgar recommends manually downloading .nsb backups before installing any updates."),
        //: 01_prepare.json#backup_file
        QT_TRANSLATE_NOOP("scenario", "Where the backup was saved"),
        //: 01_prepare.json#backup_file
        QT_TRANSLATE_NOOP("scenario", "The downloaded .nsb file. By default, Bomgar backup file names begin with **Bomgar** followed by the Bomgar product release version of the backup, the name of the site which generated the backup, the date on which the backup was downloaded, and the unique ID of the backup file."),
        //: 01_prepare.json#backup_file
        QT_TRANSLATE_NOOP("scenario", "Backup file (.nsb)"),
        //: 01_prepare.json#check_backup
        QT_TRANSLATE_NOOP("scenario", "The backup file is fresh and its name shows its version"),
        //: 01_prepare.json#check_backup
        QT_TRANSLATE_NOOP("scenario", "Reads the product version and download date from the backup file name."),
        //: 01_prepare.json#schedule
        QT_TRANSLATE_NOOP("scenario", "Download backups on a schedule"),
        //: 01_prepare.json#schedule
        QT_TRANSLATE_NOOP("scenario", "In addition to manual downloads at each upgrade, Bomgar also recommends downloading .nsb backups on a regular basis, using the automated schedule via the integration client. The integration client can download the following types of data:\n- **Session Data**\n- **Session Recordings**\n- **Command Shell Recordings**\n- **Site Backups**\n- **Show My Screen Recordings**"),
        //: 01_prepare.json#schedule
        QT_TRANSLATE_NOOP("scenario", "The client installation package is available from **Downloads** in the Bomgar Self-Service Center. It is released only as a 32-bit Windows client; however, this runs on 64-bit Windows systems. It is available in a number of different versions, so check the Bomgar product release version on the **/login > Status > Information** tab to make sure to download the right integration client version."),
        //: 01_prepare.json#schedule
        QT_TRANSLATE_NOOP("scenario", "In addition to the **Download Backup** button and the integration client, the Bomgar API provides a variety of commands to download backup data. This is useful for automating backups using custom tools and/or scripts. The .nsb backups can be downloaded using the Bomgar Backup API. Session reports, session recordings, Show My Screen recordings, command shell recordings, presentation recordings, and exit surveys can be downloaded using the Reporting API."),
        //: 02_failover_primary_failed.json
        QT_TRANSLATE_NOOP("scenario", "Failover pair: the primary appliance failed"),
        //: 02_failover_primary_failed.json
        QT_TRANSLATE_NOOP("scenario", "Redirect traffic to the backup appliance, make it primary, confirm the clients, then repair the failed appliance and bring it back into the failover relationship."),
        //: 02_failover_primary_failed.json#intro
        QT_TRANSLATE_NOOP("scenario", "How a failover pair recovers"),
        //: 02_failover_primary_failed.json#intro
        QT_TRANSLATE_NOOP("scenario", "Bomgar customer clients and representative consoles are built to attempt connection with the primary Bomgar Appliance at a specific address. In the event of a primary appliance failure, this address is used to redirect clients from the failed appliance to the backup appliance. This can be done using one of three network routing methods: shared IP, DNS swing, or NAT swing."),
        //: 02_failover_primary_failed.json#intro
        QT_TRANSLATE_NOOP("scenario", "Though client traffic is redirected to the backup appliance, this appliance does not accept connections until it takes the primary role. Once a backup appliance takes the primary role, it begins accepting client connections and provides all the same services the failed appliance did. This role change can be triggered manually or automatically."),
        //: 02_failover_primary_failed.json#site_fqdn
        QT_TRANSLATE_NOOP("scenario", "Site address"),
        //: 02_failover_primary_failed.json#site_fqdn
        QT_TRANSLATE_NOOP("scenario", "The address clients and representative consoles connect to."),
        //: 02_failover_primary_failed.json#site_fqdn
        QT_TRANSLATE_NOOP("scenario", "Site FQDN"),
        //: 02_failover_primary_failed.json#primary_host
        QT_TRANSLATE_NOOP("scenario", "Failed primary appliance"),
        //: 02_failover_primary_failed.json#primary_host
        QT_TRANSLATE_NOOP("scenario", "The host name or IP address of the failed primary appliance."),
        //: 02_failover_primary_failed.json#backup_host
        QT_TRANSLATE_NOOP("scenario", "Backup appliance"),
        //: 02_failover_primary_failed.json#backup_host
        QT_TRANSLATE_NOOP("scenario", "The host name or IP address of the backup appliance that will take over."),
        //: 02_failover_primary_failed.json#routing
        QT_TRANSLATE_NOOP("scenario", "Redirect network traffic from the primary to the backup appliance"),
        //: 02_failover_primary_failed.json#routing
        QT_TRANSLATE_NOOP("scenario", "Redirect network traffic from the primary to the backup appliance. How are the appliances configured?"),
        //: 02_failover_primary_failed.json#routing
        QT_TRANSLATE_NOOP("scenario", "Network routing method"),
        //: 02_failover_primary_failed.json#routing
        QT_TRANSLATE_NOOP("scenario", "Shared IP"),
        //: 02_failover_primary_failed.json#routing
        QT_TRANSLATE_NOOP("scenario", "DNS swing"),
        //: 02_failover_primary_failed.json#routing
        QT_TRANSLATE_NOOP("scenario", "NAT swing"),
        //: 02_failover_primary_failed.json#redirect_shared_ip
        QT_TRANSLATE_NOOP("scenario", "**Shared IP:** The backup appliance automatically takes over the IP address of the failed appliance."),
        //: 02_failover_primary_failed.json#backup_ip
        QT_TRANSLATE_NOOP("scenario", "IP address of the backup appliance"),
        //: 02_failover_primary_failed.json#backup_ip
        QT_TRANSLATE_NOOP("scenario", "The IP address the DNS A-record must now resolve to."),
        //: 02_failover_primary_failed.json#backup_ip
        QT_TRANSLATE_NOOP("scenario", "Backup appliance IP address"),
        //: 02_failover_primary_failed.json#redirect_dns
        QT_TRANSLATE_NOOP("scenario", "**DNS swing:** Update the DNS A-record of the primary appliance to resolve the IP address of the backup appliance."),
        //: 02_failover_primary_failed.json#verify_dns
        QT_TRANSLATE_NOOP("scenario", "The site name resolves to the backup appliance"),
        //: 02_failover_primary_failed.json#verify_dns
        QT_TRANSLATE_NOOP("scenario", "Checks that the DNS A-record of the site now resolves to the IP address of the backup appliance."),
        //: 02_failover_primary_failed.json#redirect_nat
        QT_TRANSLATE_NOOP("scenario", "**NAT swing:** Update the firewall NAT rule(s) to resolve the client-facing / public IP of the failed appliance to the private IP of the backup appliance."),
        //: 02_failover_primary_failed.json#verify_site_address
        QT_TRANSLATE_NOOP("scenario", "The site address answers, and it is the backup appliance"),
        //: 02_failover_primary_failed.json#verify_site_address
        QT_TRANSLATE_NOOP("scenario", "Checks that the site address answers and that the appliance behind it is the backup appliance (same appliance GUID in check_health)."),
        //: 02_failover_primary_failed.json#automatic_failover
        QT_TRANSLATE_NOOP("scenario", "Make the backup appliance take over the primary role"),
        //: 02_failover_primary_failed.json#automatic_failover
        QT_TRANSLATE_NOOP("scenario", "Make the backup appliance take over the primary role. Is **Enable Automatic Failover** enabled or disabled?"),
        //: 02_failover_primary_failed.json#automatic_failover
        QT_TRANSLATE_NOOP("scenario", "Enable Automatic Failover"),
        //: 02_failover_primary_failed.json#automatic_failover
        QT_TRANSLATE_NOOP("scenario", "Enabled"),
        //: 02_failover_primary_failed.json#automatic_failover
        QT_TRANSLATE_NOOP("scenario", "Disabled"),
        //: 02_failover_primary_failed.json#automatic_takeover
        QT_TRANSLATE_NOOP("scenario", "Automatic failover: the backup takes the primary role by itself"),
        //: 02_failover_primary_failed.json#automatic_takeover
        QT_TRANSLATE_NOOP("scenario", "**Enabled:** If the backup appliance can reach the **Network Connectivity Test IPs** and cannot reach the primary appliance during the **Primary Site Instance Timeout** period, the backup appliance automatically takes the primary role."),
        //: 02_failover_primary_failed.json#automatic_takeover
        QT_TRANSLATE_NOOP("scenario", "The built-in automatic failover and API-driven role changes can conflict: do not also change the role by hand or through the API."),
        //: 02_failover_primary_failed.json#observe_automatic_role
        QT_TRANSLATE_NOOP("scenario", "The backup appliance has taken the primary role"),
        //: 02_failover_primary_failed.json#observe_automatic_role
        QT_TRANSLATE_NOOP("scenario", "Observes the backup appliance's failover role in check_health until it reads primary."),
        //: 02_failover_primary_failed.json#promote_method
        QT_TRANSLATE_NOOP("scenario", "Use the Become Primary button or the API"),
        //: 02_failover_primary_failed.json#promote_method
        QT_TRANSLATE_NOOP("scenario", "**Disabled:** Use the **Become Primary** button or the **API command:** set failover role."),
        //: 02_failover_primary_failed.json#promote_method
        QT_TRANSLATE_NOOP("scenario", "How will the backup appliance become primary?"),
        //: 02_failover_primary_failed.json#promote_method
        QT_TRANSLATE_NOOP("scenario", "Become Primary button"),
        //: 02_failover_primary_failed.json#promote_method
        QT_TRANSLATE_NOOP("scenario", "API command: set failover role"),
        //: 02_failover_primary_failed.json#become_primary_button
        QT_TRANSLATE_NOOP("scenario", "Click Become Primary on the backup appliance"),
        //: 02_failover_primary_failed.json#become_primary_button
        QT_TRANSLATE_NOOP("scenario", "To use the button, log into the backup appliance's /login administrative web interface. Browse to **Management > Failover**. Click **Become Primary**, leaving the adjacent box not checked."),
        //: 02_failover_primary_failed.json#become_primary_button
        QT_TRANSLATE_NOOP("scenario", "Leave the adjacent box not checked: a role change that syncs first disconnects every user on the current primary, and nothing else works until the swap ends."),
        //: 02_failover_primary_failed.json#guard_primary_down
        QT_TRANSLATE_NOOP("scenario", "The old primary appliance does not answer from here"),
        //: 02_failover_primary_failed.json#guard_primary_down
        QT_TRANSLATE_NOOP("scenario", "Before promoting the backup, make sure the failed primary is really down: two primaries would split the site."),
        //: 02_failover_primary_failed.json#guard_no_other_primary
        QT_TRANSLATE_NOOP("scenario", "No other appliance reports the primary role"),
        //: 02_failover_primary_failed.json#guard_no_other_primary
        QT_TRANSLATE_NOOP("scenario", "Asks the backup appliance for get_appliances: no appliance of the pair may report the primary role."),
        //: 02_failover_primary_failed.json#guard_backup_healthy
        QT_TRANSLATE_NOOP("scenario", "The backup appliance is healthy"),
        //: 02_failover_primary_failed.json#guard_backup_healthy
        QT_TRANSLATE_NOOP("scenario", "check_health on the backup appliance reports success."),
        //: 02_failover_primary_failed.json#set_role_primary
        QT_TRANSLATE_NOOP("scenario", "Make the backup appliance primary (API command: set failover role)"),
        //: 02_failover_primary_failed.json#set_role_primary
        QT_TRANSLATE_NOOP("scenario", "Sends the API command set failover role with role=primary to the backup appliance, without syncing first."),
        //: 02_failover_primary_failed.json#set_role_primary
        QT_TRANSLATE_NOOP("scenario", "The built-in automatic failover and API-driven role changes can conflict: use the API only when **Enable Automatic Failover** is disabled."),
        //: 02_failover_primary_failed.json#set_role_primary
        QT_TRANSLATE_NOOP("scenario", "Make %1 the primary appliance now."),
        //: 02_failover_primary_failed.json#role_is_primary
        QT_TRANSLATE_NOOP("scenario", "The backup appliance reports the primary role"),
        //: 02_failover_primary_failed.json#role_is_primary
        QT_TRANSLATE_NOOP("scenario", "Polls check_health on the backup appliance until its failover role reads primary."),
        //: 02_failover_primary_failed.json#verify_shared_ip
        QT_TRANSLATE_NOOP("scenario", "The shared IP answers, and it is the backup appliance"),
        //: 02_failover_primary_failed.json#verify_shared_ip
        QT_TRANSLATE_NOOP("scenario", "Checks that the site address answers and that the appliance behind it is the backup appliance (same appliance GUID in check_health). The shared IP address is served by the appliance in the primary role, so it moves to the backup appliance once it has taken that role."),
        //: 02_failover_primary_failed.json#clients_working
        QT_TRANSLATE_NOOP("scenario", "Confirm the clients are working"),
        //: 02_failover_primary_failed.json#clients_working
        QT_TRANSLATE_NOOP("scenario", "Confirm the clients are working, and proceed to perform maintenance on the failed appliance."),
        //: 02_failover_primary_failed.json#restore_failed_unit
        QT_TRANSLATE_NOOP("scenario", "Restore the failed appliance"),
        //: 02_failover_primary_failed.json#restore_failed_unit
        QT_TRANSLATE_NOOP("scenario", "When an appliance in a failover pair has failed and been replaced, the second appliance in the pair should be servicing clients while the failed appliance is restored. The restore process for the failed appliance varies depending on its type."),
        //: 02_failover_primary_failed.json#restore_failed_unit
        QT_TRANSLATE_NOOP("scenario", "Follow the Virtual appliance or Hardware appliance scenario until the repaired appliance's /appliance web interface is online, then continue here."),
        //: 02_failover_primary_failed.json#certificate_source
        QT_TRANSLATE_NOOP("scenario", "Restore its certificates"),
        //: 02_failover_primary_failed.json#certificate_source
        QT_TRANSLATE_NOOP("scenario", "Once the appliance has been restored, restore its certificates either from a backup or by exporting them from the primary appliance."),
        //: 02_failover_primary_failed.json#certificate_source
        QT_TRANSLATE_NOOP("scenario", "Where do the certificates come from?"),
        //: 02_failover_primary_failed.json#certificate_source
        QT_TRANSLATE_NOOP("scenario", "From a backup"),
        //: 02_failover_primary_failed.json#certificate_source
        QT_TRANSLATE_NOOP("scenario", "Export them from the primary appliance"),
        //: 02_failover_primary_failed.json#login_site_package
        QT_TRANSLATE_NOOP("scenario", "Restore its /login administrative interface"),
        //: 02_failover_primary_failed.json#login_site_package
        QT_TRANSLATE_NOOP("scenario", "Once the failed appliance is online and has the primary appliance's certificates installed, restore its /login administrative interface. Since the primary appliance should already have all settings and data, it is generally not advisable to restore backup files to a backup appliance manually. However, installing a /login site package is needed."),
        //: 02_failover_primary_failed.json#backup_needed
        QT_TRANSLATE_NOOP("scenario", "Is a backup file needed?"),
        //: 02_failover_primary_failed.json#backup_needed
        QT_TRANSLATE_NOOP("scenario", "It is still possible to download and restore backup files to failover appliances; however, it is not ideal unless the primary failover appliance is missing crucial data that exists only in a backup file."),
        //: 02_failover_primary_failed.json#backup_needed
        QT_TRANSLATE_NOOP("scenario", "Is the primary failover appliance missing crucial data that exists only in a backup file?"),
        //: 02_failover_primary_failed.json#backup_needed
        QT_TRANSLATE_NOOP("scenario", "No: establish failover and sync"),
        //: 02_failover_primary_failed.json#backup_needed
        QT_TRANSLATE_NOOP("scenario", "Yes: restore a backup file"),
        //: 02_failover_primary_failed.json#restore_warning
        QT_TRANSLATE_NOOP("scenario", "Restoring a backup overwrites the failover settings"),
        //: 02_failover_primary_failed.json#restore_warning
        QT_TRANSLATE_NOOP("scenario", "If a backup is restored, failover settings are overwritten with the values contained in the backup. This includes both **/login > Management > Failover** settings and the **Inter-appliance Communication Pre-shared Key** found in **/login > Management > Security**. This means that if a backup is restored to an appliance in active failover, the failover connection is likely to have issues."),
        //: 02_failover_primary_failed.json#restore_warning
        QT_TRANSLATE_NOOP("scenario", "Because of this, the best practice is to break failover, restore the backup, reset the pre-shared key, and re-establish the failover relationship."),
        //: 02_failover_primary_failed.json#restore_warning
        QT_TRANSLATE_NOOP("scenario", "For details, please see Failover Dynamics and Options with Bomgar at www.bomgar.com/docs/remote-support/how-to/failover/failover-dynamics-with-bomgar.htm."),
        //: 02_failover_primary_failed.json#break_failover
        QT_TRANSLATE_NOOP("scenario", "Break failover"),
        //: 02_failover_primary_failed.json#break_failover
        QT_TRANSLATE_NOOP("scenario", "Break failover before restoring the backup."),
        //: 02_failover_primary_failed.json#reset_psk
        QT_TRANSLATE_NOOP("scenario", "Reset the pre-shared key"),
        //: 02_failover_primary_failed.json#reset_psk
        QT_TRANSLATE_NOOP("scenario", "Reset the **Inter-appliance Communication Pre-shared Key** found in **/login > Management > Security**."),
        //: 02_failover_primary_failed.json#establish_failover
        QT_TRANSLATE_NOOP("scenario", "Establish failover and sync"),
        //: 02_failover_primary_failed.json#establish_failover
        QT_TRANSLATE_NOOP("scenario", "Establish failover from the active appliance to the repaired one and sync them as described in Establish the Primary/Backup Failover Relationship Between Two Appliances at www.bomgar.com/docs/remote-support/how-to/failover/backup.htm."),
        //: 02_failover_primary_failed.json#repaired_is_backup
        QT_TRANSLATE_NOOP("scenario", "The repaired appliance is the backup"),
        //: 02_failover_primary_failed.json#repaired_is_backup
        QT_TRANSLATE_NOOP("scenario", "If the restored appliance in a failover pair has formerly been the primary appliance in the failover relationship, it re-enters the failover relationship as the backup appliance."),
        //: 02_failover_primary_failed.json#make_primary_again
        QT_TRANSLATE_NOOP("scenario", "Make it primary once again?"),
        //: 02_failover_primary_failed.json#make_primary_again
        QT_TRANSLATE_NOOP("scenario", "Sometimes, it can remain this way, but in other scenarios, it is desirable to make it primary once again."),
        //: 02_failover_primary_failed.json#make_primary_again
        QT_TRANSLATE_NOOP("scenario", "Should the repaired appliance become primary again?"),
        //: 02_failover_primary_failed.json#make_primary_again
        QT_TRANSLATE_NOOP("scenario", "No, it stays the backup"),
        //: 02_failover_primary_failed.json#make_primary_again
        QT_TRANSLATE_NOOP("scenario", "Yes, make it primary again"),
        //: 02_failover_primary_failed.json#planned_maintenance
        QT_TRANSLATE_NOOP("scenario", "Establish failover for planned maintenance"),
        //: 02_failover_primary_failed.json#planned_maintenance
        QT_TRANSLATE_NOOP("scenario", "Follow the instructions in Establish Failover for Planned Maintenance at www.bomgar.com/docs/remote-support/how-to/failover/planned-maintenance.htm. The process varies slightly, depending on how the network is routing traffic to the primary appliance. The routing methods are IP failover, DNS swing, or NAT swing."),
        //: 02_failover_primary_failed.json#repaired_is_primary
        QT_TRANSLATE_NOOP("scenario", "The repaired appliance reports the primary role"),
        //: 02_failover_primary_failed.json#repaired_is_primary
        QT_TRANSLATE_NOOP("scenario", "Polls check_health on the repaired appliance until its failover role reads primary."),
        //: 03_cold_spare.json
        QT_TRANSLATE_NOOP("scenario", "Cold spare: bring the spare appliance online"),
        //: 03_cold_spare.json
        QT_TRANSLATE_NOOP("scenario", "Restore the backups onto the spare appliance first, then redirect client traffic to it by DNS or NAT swing, or give it the failed appliance's IP address (on the same switch, the switch must be rebooted)."),
        //: 03_cold_spare.json#intro
        QT_TRANSLATE_NOOP("scenario", "Restore first, then redirect"),
        //: 03_cold_spare.json#intro
        QT_TRANSLATE_NOOP("scenario", "In the event that there is a cold spare instead of a failover appliance, begin the recovery process by restoring settings and data from the backup(s) to the spare appliance."),
        //: 03_cold_spare.json#intro
        QT_TRANSLATE_NOOP("scenario", "Before restoring any of this, first complete the appliance IP network configuration. Once that is done, remaining /appliance configuration, certificates, and /login settings can be restored remotely."),
        //: 03_cold_spare.json#spare_host
        QT_TRANSLATE_NOOP("scenario", "Spare appliance"),
        //: 03_cold_spare.json#spare_host
        QT_TRANSLATE_NOOP("scenario", "The host name or IP address at which the spare appliance answers now."),
        //: 03_cold_spare.json#network_configuration
        QT_TRANSLATE_NOOP("scenario", "Complete the spare's IP network configuration"),
        //: 03_cold_spare.json#network_configuration
        QT_TRANSLATE_NOOP("scenario", "Before restoring any of this, first complete the appliance IP network configuration. Once that is done, remaining /appliance configuration, certificates, and /login settings can be restored remotely as described below."),
        //: 03_cold_spare.json#redirect
        QT_TRANSLATE_NOOP("scenario", "Redirect the client traffic to the spare appliance"),
        //: 03_cold_spare.json#redirect
        QT_TRANSLATE_NOOP("scenario", "Once the data is restored, redirect the client traffic to the spare appliance using DNS or NAT swing. If the spare appliance is on the same local network as the failed appliance, attempt to assign the IP of the failed appliance to the spare appliance."),
        //: 03_cold_spare.json#redirect
        QT_TRANSLATE_NOOP("scenario", "How will client traffic reach the spare appliance?"),
        //: 03_cold_spare.json#redirect
        QT_TRANSLATE_NOOP("scenario", "Same local network: give it the failed appliance's IP"),
        //: 03_cold_spare.json#spare_ip
        QT_TRANSLATE_NOOP("scenario", "IP address of the spare appliance"),
        //: 03_cold_spare.json#spare_ip
        QT_TRANSLATE_NOOP("scenario", "Spare appliance IP address"),
        //: 03_cold_spare.json#dns_swing
        QT_TRANSLATE_NOOP("scenario", "Update the DNS A-record of the failed appliance to resolve the IP address of the spare appliance."),
        //: 03_cold_spare.json#verify_dns
        QT_TRANSLATE_NOOP("scenario", "The site name resolves to the spare appliance"),
        //: 03_cold_spare.json#verify_dns
        QT_TRANSLATE_NOOP("scenario", "Checks that the DNS A-record of the site now resolves to the IP address of the spare appliance."),
        //: 03_cold_spare.json#nat_swing
        QT_TRANSLATE_NOOP("scenario", "Update the firewall NAT rule(s) to resolve the client-facing / public IP of the failed appliance to the private IP of the spare appliance."),
        //: 03_cold_spare.json#take_ip
        QT_TRANSLATE_NOOP("scenario", "Assign the failed appliance's IP to the spare"),
        //: 03_cold_spare.json#take_ip
        QT_TRANSLATE_NOOP("scenario", "If the spare appliance is on the same local network as the failed appliance, attempt to assign the IP of the failed appliance to the spare appliance."),
        //: 03_cold_spare.json#same_switch
        QT_TRANSLATE_NOOP("scenario", "Same switch?"),
        //: 03_cold_spare.json#same_switch
        QT_TRANSLATE_NOOP("scenario", "However, if the spare appliance is on the same switch as the failed appliance, this switch must be rebooted for the change to take effect."),
        //: 03_cold_spare.json#same_switch
        QT_TRANSLATE_NOOP("scenario", "Is the spare appliance on the same switch as the failed appliance?"),
        //: 03_cold_spare.json#same_switch
        QT_TRANSLATE_NOOP("scenario", "Yes, the same switch"),
        //: 03_cold_spare.json#reboot_switch
        QT_TRANSLATE_NOOP("scenario", "Reboot the switch"),
        //: 03_cold_spare.json#reboot_switch
        QT_TRANSLATE_NOOP("scenario", "The spare appliance is on the same switch as the failed appliance: this switch must be rebooted for the change to take effect."),
        //: 03_cold_spare.json#verify_site_address
        QT_TRANSLATE_NOOP("scenario", "The site address answers, and it is the spare appliance"),
        //: 03_cold_spare.json#verify_site_address
        QT_TRANSLATE_NOOP("scenario", "Checks that the site address answers and that the appliance behind it is the spare appliance (same appliance GUID in check_health)."),
        //: 04_virtual_appliance.json
        QT_TRANSLATE_NOOP("scenario", "Virtual appliance failed"),
        //: 04_virtual_appliance.json
        QT_TRANSLATE_NOOP("scenario", "Restore a recent snapshot or checkpoint first; otherwise redeploy the OVA (VMware) or EXE (Hyper-V), enter IP, subnet mask and default gateway on the console, update, and restore certificates and /login."),
        //: 04_virtual_appliance.json#platforms
        QT_TRANSLATE_NOOP("scenario", "Snapshots and checkpoints"),
        //: 04_virtual_appliance.json#platforms
        QT_TRANSLATE_NOOP("scenario", "Bomgar's virtual appliances are certified for VMware vCenter 5.0+ and Hyper-V 2012 R2. These appliances support virtual machine **snapshots** (VMware) and **checkpoints** (Hyper-V). A checkpoint or snapshot represents the state of a virtual machine at the time it was taken and includes the following:\n- Files and memory state of the virtual machine's guest operating system\n- Settings and configuration of the virtual machine and its virtual hardware."),
        //: 04_virtual_appliance.json#has_snapshot
        QT_TRANSLATE_NOOP("scenario", "Is there a recent snapshot or checkpoint?"),
        //: 04_virtual_appliance.json#has_snapshot
        QT_TRANSLATE_NOOP("scenario", "If the Bomgar Virtual Appliance experiences a failure and there is a recent snapshot or checkpoint, try restoring it first. This is often the fastest way to restore functionality."),
        //: 04_virtual_appliance.json#restore_snapshot
        QT_TRANSLATE_NOOP("scenario", "Restore the snapshot or checkpoint"),
        //: 04_virtual_appliance.json#restore_snapshot
        QT_TRANSLATE_NOOP("scenario", "Restore the recent snapshot (VMware) or checkpoint (Hyper-V) of the virtual appliance."),
        //: 04_virtual_appliance.json#snapshot_worked
        QT_TRANSLATE_NOOP("scenario", "Did the snapshot restore functionality?"),
        //: 04_virtual_appliance.json#snapshot_worked
        QT_TRANSLATE_NOOP("scenario", "If the appliance was repaired or restored from a snapshot instead of replaced or re-installed, the repaired appliance still has a /login site package installed, but it may be necessary to upgrade the site to the same version as the failover appliance or to a version compatible with the backup file."),
        //: 04_virtual_appliance.json#snapshot_worked
        QT_TRANSLATE_NOOP("scenario", "Is the appliance working again?"),
        //: 04_virtual_appliance.json#snapshot_worked
        QT_TRANSLATE_NOOP("scenario", "No, re-install it"),
        //: 04_virtual_appliance.json#deployment_file
        QT_TRANSLATE_NOOP("scenario", "The deployment file"),
        //: 04_virtual_appliance.json#deployment_file
        QT_TRANSLATE_NOOP("scenario", "If the Bomgar Virtual Appliance is under an active support maintenance contract, Bomgar Support sends an up-to-date VMware or Hyper-V deployment file for the appliance upon request the event of a failure and/or loss of the virtual appliance. To receive a copy, contact Bomgar Support with company information from an authorized email address. This address would normally be the same used to communicate with Bomgar during the initial deployment of the appliance and/or subsequent administrative-level incident management."),
        //: 04_virtual_appliance.json#deployment_file
        QT_TRANSLATE_NOOP("scenario", "Is a local copy of the virtual appliance file at hand?"),
        //: 04_virtual_appliance.json#deployment_file
        QT_TRANSLATE_NOOP("scenario", "Yes, a local copy"),
        //: 04_virtual_appliance.json#deployment_file
        QT_TRANSLATE_NOOP("scenario", "No, ask Bomgar Support for it"),
        //: 04_virtual_appliance.json#log_in_hypervisor
        QT_TRANSLATE_NOOP("scenario", "Log into Hyper-V Manager or the VMware client"),
        //: 04_virtual_appliance.json#log_in_hypervisor
        QT_TRANSLATE_NOOP("scenario", "Log into the Hyper-V Manager or VMware infrastructure client."),
        //: 04_virtual_appliance.json#log_in_hypervisor
        QT_TRANSLATE_NOOP("scenario", "To re-install the virtual appliance, follow the procedures outlined in the Bomgar Virtual Appliance Installation Guide at www.bomgar.com/docs/remote-support/getting-started/deployment/virtual/prerequisites.htm. Access to the VMware or Hyper-V administrative management tool is needed to complete this process."),
        //: 04_virtual_appliance.json#deploy
        QT_TRANSLATE_NOOP("scenario", "Deploy the OVA or EXE"),
        //: 04_virtual_appliance.json#deploy
        QT_TRANSLATE_NOOP("scenario", "Deploy the **Bomgar OVA** (VMware) or **EXE** (Hyper-V) file."),
        //: 04_virtual_appliance.json#power_on
        QT_TRANSLATE_NOOP("scenario", "Power on the virtual appliance"),
        //: 04_virtual_appliance.json#power_on
        QT_TRANSLATE_NOOP("scenario", "Use the Hyper-V Manager or VMware client to power on the virtual appliance."),
        //: 04_virtual_appliance.json#open_console
        QT_TRANSLATE_NOOP("scenario", "Open the virtual console"),
        //: 04_virtual_appliance.json#open_console
        QT_TRANSLATE_NOOP("scenario", "Open the virtual console."),
        //: 04_virtual_appliance.json#ip_address
        QT_TRANSLATE_NOOP("scenario", "IP address"),
        //: 04_virtual_appliance.json#ip_address
        QT_TRANSLATE_NOOP("scenario", "Enter the IP address, subnet mask, and default gateway of the appliance."),
        //: 04_virtual_appliance.json#ip_address
        QT_TRANSLATE_NOOP("scenario", "The network settings of the appliance should already be saved from previous configuration. Otherwise, contact the company network administrator for the appropriate settings."),
        //: 04_virtual_appliance.json#subnet_mask
        QT_TRANSLATE_NOOP("scenario", "Subnet mask"),
        //: 04_virtual_appliance.json#gateway
        QT_TRANSLATE_NOOP("scenario", "Default gateway"),
        //: 04_virtual_appliance.json#reachable
        QT_TRANSLATE_NOOP("scenario", "The appliance is accessible on the network"),
        //: 04_virtual_appliance.json#reachable
        QT_TRANSLATE_NOOP("scenario", "Connects to TCP port 443 of the address entered on the console."),
        //: 04_virtual_appliance.json#update
        QT_TRANSLATE_NOOP("scenario", "Update the appliance"),
        //: 04_virtual_appliance.json#update
        QT_TRANSLATE_NOOP("scenario", "Once the appliance is accessible on the network, log into the /appliance administrative web interface, update the appliance, and restore settings, as needed."),
        //: 04_virtual_appliance.json#keep_local_copy
        QT_TRANSLATE_NOOP("scenario", "Keep a local copy of the deployment file"),
        //: 04_virtual_appliance.json#keep_local_copy
        QT_TRANSLATE_NOOP("scenario", "A local copy of the virtual appliance file should be saved in case the appliance needs to be restored outside of Bomgar Support's normal business hours."),
        //: 05_hardware_appliance.json
        QT_TRANSLATE_NOOP("scenario", "Hardware appliance failed"),
        //: 05_hardware_appliance.json
        QT_TRANSLATE_NOOP("scenario", "Restore the service with a spare or backup appliance, repair at the location with Bomgar Support or go through the RMA, optionally use a temporary hosted site, install the replacement over the link-local addresses, restore certificates and /login, and return the defective appliance."),
        //: 05_hardware_appliance.json#first_task
        QT_TRANSLATE_NOOP("scenario", "Restore the service first"),
        //: 05_hardware_appliance.json#first_task
        QT_TRANSLATE_NOOP("scenario", "In the event of hardware failure, the first task is to restore the Bomgar service on the network. If there is a backup or spare hardware appliance, bring it online. If this is not an option, it may be possible to repair the failed appliance remotely with assistance from Bomgar Support. In the event that this is not possible, Bomgar Support can provide access to a temporary Bomgar site hosted on Bomgar's servers while new hardware is being shipped."),
        //: 05_hardware_appliance.json#first_task
        QT_TRANSLATE_NOOP("scenario", "Shipment of new hardware is covered under the maintenance contract with Bomgar, and Bomgar Support remains actively involved throughout the the process of shipment, installation, and return of the failed hardware. Bomgar makes all reasonable attempts to help retain data but cannot guarantee that any or all data will remain intact through this process."),
        //: 05_hardware_appliance.json#spare
        QT_TRANSLATE_NOOP("scenario", "Is there a backup or spare hardware appliance?"),
        //: 05_hardware_appliance.json#spare
        QT_TRANSLATE_NOOP("scenario", "If there is a backup or spare hardware appliance, bring it online."),
        //: 05_hardware_appliance.json#spare
        QT_TRANSLATE_NOOP("scenario", "Yes, a failover backup appliance"),
        //: 05_hardware_appliance.json#spare
        QT_TRANSLATE_NOOP("scenario", "Yes, a cold spare"),
        //: 05_hardware_appliance.json#use_failover
        QT_TRANSLATE_NOOP("scenario", "Bring the backup appliance online"),
        //: 05_hardware_appliance.json#use_failover
        QT_TRANSLATE_NOOP("scenario", "Bring the backup appliance online with the scenario \"Failover pair: the primary appliance failed\", then continue here to repair the failed appliance."),
        //: 05_hardware_appliance.json#use_spare
        QT_TRANSLATE_NOOP("scenario", "Bring the spare appliance online"),
        //: 05_hardware_appliance.json#use_spare
        QT_TRANSLATE_NOOP("scenario", "Bring the spare appliance online with the scenario \"Cold spare: bring the spare appliance online\", then continue here to repair the failed appliance."),
        //: 05_hardware_appliance.json#replacement_needed
        QT_TRANSLATE_NOOP("scenario", "Is replacement hardware on its way?"),
        //: 05_hardware_appliance.json#replacement_needed
        QT_TRANSLATE_NOOP("scenario", "If Bomgar Support determines that at-location repair is not possible, the RMA process is initiated."),
        //: 05_hardware_appliance.json#replacement_needed
        QT_TRANSLATE_NOOP("scenario", "Was the appliance repaired at its location, or is new hardware being shipped?"),
        //: 05_hardware_appliance.json#replacement_needed
        QT_TRANSLATE_NOOP("scenario", "Repaired at its location"),
        //: 05_hardware_appliance.json#replacement_needed
        QT_TRANSLATE_NOOP("scenario", "New hardware is being shipped"),
        //: 05_hardware_appliance.json#temporary_site
        QT_TRANSLATE_NOOP("scenario", "A temporary hosted site meanwhile?"),
        //: 05_hardware_appliance.json#temporary_site
        QT_TRANSLATE_NOOP("scenario", "Bomgar Support can provide access to a temporary Bomgar site hosted on Bomgar's servers while new hardware is being shipped."),
        //: 05_hardware_appliance.json#temporary_site
        QT_TRANSLATE_NOOP("scenario", "Would a temporary hosted site be helpful?"),
        //: 05_hardware_appliance.json#use_hosted_site
        QT_TRANSLATE_NOOP("scenario", "Set up the temporary hosted site"),
        //: 05_hardware_appliance.json#use_hosted_site
        QT_TRANSLATE_NOOP("scenario", "Follow the scenario \"Temporary hosted site\", then continue here when the new hardware arrives."),
        //: 05_hardware_appliance.json#was_replaced
        QT_TRANSLATE_NOOP("scenario", "Return the defective appliance?"),
        //: 05_hardware_appliance.json#was_replaced
        QT_TRANSLATE_NOOP("scenario", "In cases where you have replaced a failed hardware appliance, it will be necessary to dispose of the failed hardware."),
        //: 05_hardware_appliance.json#was_replaced
        QT_TRANSLATE_NOOP("scenario", "Was the failed appliance replaced?"),
        //: 05_hardware_appliance.json#was_replaced
        QT_TRANSLATE_NOOP("scenario", "Yes, it must go back"),
        //: 05_hardware_appliance.json#was_replaced
        QT_TRANSLATE_NOOP("scenario", "No, it was repaired"),
        //: 06_temporary_hosted_site.json
        QT_TRANSLATE_NOOP("scenario", "Temporary hosted site"),
        //: 06_temporary_hosted_site.json
        QT_TRANSLATE_NOOP("scenario", "Know the limits of a temporary site on Bomgar's shared appliances, then obtain one and upload the settings of a backup."),
        //: 06_temporary_hosted_site.json#limits
        QT_TRANSLATE_NOOP("scenario", "The limits of a hosted site"),
        //: 06_temporary_hosted_site.json#limits
        QT_TRANSLATE_NOOP("scenario", "Bomgar can provide access to temporary hosted sites on shared appliances in Bomgar's data centers. However, hosted sites have limitations. In most cases, client software from the original site (e.g., Jump Clients, Jumpoints, and rep consoles) do not transfer to the hosted site, and new clients deployed from the hosted site are not normally transferred back to the original site, once it is back online."),
        //: 06_temporary_hosted_site.json#limits
        QT_TRANSLATE_NOOP("scenario", "Because hosted sites exist outside of the network, endpoints planning to be supported from a hosted site must be able to access these data centers over the public internet."),
        //: 06_temporary_hosted_site.json#limits
        QT_TRANSLATE_NOOP("scenario", "If these users and/or configurations rely on resources internal to the network (e.g., Active Directory, RADIUS, and/or Kerberos servers), these resources are usually inaccessible from the hosted site."),
        //: 06_temporary_hosted_site.json#limits
        QT_TRANSLATE_NOOP("scenario", "Traffic to and from the hosted site is encrypted with Bomgar's SSL certificates and connects with a domain name in Bomgar's namespace (e.g., \"tempsite.bomgar.com\"). The original company certificate(s) and hostname(s) are not used."),
        //: 06_temporary_hosted_site.json#limits
        QT_TRANSLATE_NOOP("scenario", "If there is an up-to-date backup, user data can be uploaded and configured in the hosted site."),
        //: 06_temporary_hosted_site.json#contact_support
        QT_TRANSLATE_NOOP("scenario", "Contact Bomgar Technical Support"),
        //: 06_temporary_hosted_site.json#contact_support
        QT_TRANSLATE_NOOP("scenario", "Contact Bomgar Technical Support at www.bomgar.com/help."),
        //: 06_temporary_hosted_site.json#wait_credentials
        QT_TRANSLATE_NOOP("scenario", "Wait for credentials"),
        //: 06_temporary_hosted_site.json#wait_credentials
        QT_TRANSLATE_NOOP("scenario", "Wait for credentials."),
        //: 06_temporary_hosted_site.json#site_url
        QT_TRANSLATE_NOOP("scenario", "Address of the new site"),
        //: 06_temporary_hosted_site.json#site_url
        QT_TRANSLATE_NOOP("scenario", "The address of the temporary site in Bomgar's namespace (e.g., \"tempsite.bomgar.com\")."),
        //: 06_temporary_hosted_site.json#site_url
        QT_TRANSLATE_NOOP("scenario", "Temporary site address"),
        //: 06_temporary_hosted_site.json#log_in
        QT_TRANSLATE_NOOP("scenario", "Log into the new site"),
        //: 06_temporary_hosted_site.json#log_in
        QT_TRANSLATE_NOOP("scenario", "Log into the new site."),
        //: 06_temporary_hosted_site.json#software_management
        QT_TRANSLATE_NOOP("scenario", "Open Software Management"),
        //: 06_temporary_hosted_site.json#software_management
        QT_TRANSLATE_NOOP("scenario", "Go to **Management > Software Management**."),
        //: 06_temporary_hosted_site.json#backup_file
        QT_TRANSLATE_NOOP("scenario", "Browse for the software backup"),
        //: 06_temporary_hosted_site.json#backup_file
        QT_TRANSLATE_NOOP("scenario", "Use **Restore Settings** to browse for the software backup."),
        //: 06_temporary_hosted_site.json#check_backup
        QT_TRANSLATE_NOOP("scenario", "The backup is up to date and its version is known"),
        //: 06_temporary_hosted_site.json#backup_password
        QT_TRANSLATE_NOOP("scenario", "Enter the backup password"),
        //: 06_temporary_hosted_site.json#backup_password
        QT_TRANSLATE_NOOP("scenario", "Enter the backup password created, if applicable."),
        //: 06_temporary_hosted_site.json#upload
        QT_TRANSLATE_NOOP("scenario", "Upload Backup"),
        //: 06_temporary_hosted_site.json#upload
        QT_TRANSLATE_NOOP("scenario", "Click **Upload Backup**."),
        //: 07_atlas_cluster.json
        QT_TRANSLATE_NOOP("scenario", "Atlas cluster: a master or a traffic node failed"),
        //: 07_atlas_cluster.json
        QT_TRANSLATE_NOOP("scenario", "A failed master follows the failover steps; a failed traffic node is restored, gets its /login site package, rejoins the cluster, is synced from the primary master, and is proven by a rep console routing through it."),
        //: 07_atlas_cluster.json#intro
        QT_TRANSLATE_NOOP("scenario", "Atlas clusters"),
        //: 07_atlas_cluster.json#intro
        QT_TRANSLATE_NOOP("scenario", "Like failover, Atlas clusters have special requirements. An Atlas cluster typically consists of a failover pair of master appliances that route traffic between a number of traffic node appliances."),
        //: 07_atlas_cluster.json#which_failed
        QT_TRANSLATE_NOOP("scenario", "Which appliance failed?"),
        //: 07_atlas_cluster.json#which_failed
        QT_TRANSLATE_NOOP("scenario", "If one of the master appliances fail, refer to the failover recovery guidelines."),
        //: 07_atlas_cluster.json#which_failed
        QT_TRANSLATE_NOOP("scenario", "Which appliance of the cluster failed?"),
        //: 07_atlas_cluster.json#which_failed
        QT_TRANSLATE_NOOP("scenario", "A master appliance"),
        //: 07_atlas_cluster.json#which_failed
        QT_TRANSLATE_NOOP("scenario", "A traffic node"),
        //: 07_atlas_cluster.json#master_failed
        QT_TRANSLATE_NOOP("scenario", "Follow the failover recovery guidelines"),
        //: 07_atlas_cluster.json#master_failed
        QT_TRANSLATE_NOOP("scenario", "If one of the master appliances fail, refer to the failover recovery guidelines: run the scenario \"Failover pair: the primary appliance failed\"."),
        //: 07_atlas_cluster.json#primary_master
        QT_TRANSLATE_NOOP("scenario", "Primary master appliance"),
        //: 07_atlas_cluster.json#primary_master
        QT_TRANSLATE_NOOP("scenario", "The host name or IP address of the primary master appliance."),
        //: 07_atlas_cluster.json#traffic_node
        QT_TRANSLATE_NOOP("scenario", "Failed traffic node"),
        //: 07_atlas_cluster.json#traffic_node
        QT_TRANSLATE_NOOP("scenario", "The host name or IP address of the failed traffic node."),
        //: 07_atlas_cluster.json#traffic_node
        QT_TRANSLATE_NOOP("scenario", "Traffic node"),
        //: 07_atlas_cluster.json#restore_node
        QT_TRANSLATE_NOOP("scenario", "Restore the appliance"),
        //: 07_atlas_cluster.json#restore_node
        QT_TRANSLATE_NOOP("scenario", "Restore the appliance."),
        //: 07_atlas_cluster.json#restore_node
        QT_TRANSLATE_NOOP("scenario", "The restore process varies depending on the appliance type: follow the Virtual appliance or Hardware appliance scenario until its /appliance web interface is online and its certificates are restored."),
        //: 07_atlas_cluster.json#add_to_cluster
        QT_TRANSLATE_NOOP("scenario", "Add it back into the Atlas cluster"),
        //: 07_atlas_cluster.json#add_to_cluster
        QT_TRANSLATE_NOOP("scenario", "Add the recovered appliance back into the Atlas cluster. Please see Configure the Traffic Nodes in an Atlas Cluster at www.bomgar.com/docs/remote-support/how-to/atlas/atlas-slave.htm for more information."),
        //: 07_atlas_cluster.json#in_cluster
        QT_TRANSLATE_NOOP("scenario", "The traffic node is a member of the cluster"),
        //: 07_atlas_cluster.json#in_cluster
        QT_TRANSLATE_NOOP("scenario", "Asks the primary master for get_appliances and looks for the traffic node."),
        //: 07_atlas_cluster.json#sync_now
        QT_TRANSLATE_NOOP("scenario", "Sync the recovered appliance"),
        //: 07_atlas_cluster.json#sync_now
        QT_TRANSLATE_NOOP("scenario", "Sync the recovered appliance in order to restore the /login settings.\n- Log into the primary master appliance's /login administrative web interface.\n- Browse to **Management > Cluster**.\n- Click **Sync Now**."),
        //: 07_atlas_cluster.json#sync_now
        QT_TRANSLATE_NOOP("scenario", "If a backup is restored from an Atlas master node, it does not overwrite the existing Atlas configuration. As a result, copying the configuration of a master node to each of its traffic nodes is supported; however, manually performing this task is not standard practice. Synchronizing data from the primary master appliance is the standard method for restoring /login settings to a traffic node."),
        //: 07_atlas_cluster.json#log_in_node
        QT_TRANSLATE_NOOP("scenario", "Log into the traffic node"),
        //: 07_atlas_cluster.json#log_in_node
        QT_TRANSLATE_NOOP("scenario", "Once completed, the traffic node is fully operational. To test, log into the traffic node's /login web interface."),
        //: 07_atlas_cluster.json#count_before
        QT_TRANSLATE_NOOP("scenario", "Connected rep consoles before logging in"),
        //: 07_atlas_cluster.json#count_before
        QT_TRANSLATE_NOOP("scenario", "Reads the number of connected rep consoles on the traffic node (**Status > Connected Clients**)."),
        //: 07_atlas_cluster.json#rep_login
        QT_TRANSLATE_NOOP("scenario", "Log into a rep console through the node"),
        //: 07_atlas_cluster.json#rep_login
        QT_TRANSLATE_NOOP("scenario", "While logged into a rep console from a geographic region that is expected to route through the restored traffic node, check **Status > Connected Clients**."),
        //: 07_atlas_cluster.json#count_after
        QT_TRANSLATE_NOOP("scenario", "The connected rep console count went up by one"),
        //: 07_atlas_cluster.json#count_after
        QT_TRANSLATE_NOOP("scenario", "If the value for connected rep consoles increases by one immediately after authenticating to the console, the traffic node is working."),
        //: 08_cloud_site_down.json
        QT_TRANSLATE_NOOP("scenario", "Cloud or Starter Service site down"),
        //: 08_cloud_site_down.json
        QT_TRANSLATE_NOOP("scenario", "Attempt a restart, check /appliance on a Cloud Appliance, find a workaround, and contact Bomgar Support."),
        //: 08_cloud_site_down.json#intro
        QT_TRANSLATE_NOOP("scenario", "Bomgar SaaS"),
        //: 08_cloud_site_down.json#intro
        QT_TRANSLATE_NOOP("scenario", "Bomgar's SaaS products include Starter Service Licenses and Bomgar Cloud Appliances. Both of these are hosted by Bomgar, but Starter Service Licenses do not provide all of the isolation or functionality provided by Cloud Appliances. Bomgar's Starter Service is limited to five total licenses by default, and their functionality is more limited in some ways than regular licenses. In contrast, each Bomgar Cloud instance is a single-tenant virtual appliance and has none of the Starter Service licensing limitations."),
        //: 08_cloud_site_down.json#site_kind
        QT_TRANSLATE_NOOP("scenario", "Which kind of site?"),
        //: 08_cloud_site_down.json#site_kind
        QT_TRANSLATE_NOOP("scenario", "In the event that the Production Starter Service or Cloud Appliance site goes down and becomes inoperable unexpectedly, follow these steps."),
        //: 08_cloud_site_down.json#site_kind
        QT_TRANSLATE_NOOP("scenario", "Is it a Starter Service site or a Cloud Appliance?"),
        //: 08_cloud_site_down.json#site_kind
        QT_TRANSLATE_NOOP("scenario", "Starter Service"),
        //: 08_cloud_site_down.json#site_kind
        QT_TRANSLATE_NOOP("scenario", "Cloud Appliance"),
        //: 08_cloud_site_down.json#site_fqdn
        QT_TRANSLATE_NOOP("scenario", "The address of the site."),
        //: 08_cloud_site_down.json#restart
        QT_TRANSLATE_NOOP("scenario", "Attempt a restart"),
        //: 08_cloud_site_down.json#restart
        QT_TRANSLATE_NOOP("scenario", "Log into the /login administrative web interface and attempt a restart."),
        //: 08_cloud_site_down.json#site_healthy
        QT_TRANSLATE_NOOP("scenario", "The site answers and is healthy"),
        //: 08_cloud_site_down.json#site_healthy
        QT_TRANSLATE_NOOP("scenario", "check_health on the site after the restart."),
        //: 08_cloud_site_down.json#restart_worked
        QT_TRANSLATE_NOOP("scenario", "Did the restart help?"),
        //: 08_cloud_site_down.json#restart_worked
        QT_TRANSLATE_NOOP("scenario", "If the site is healthy again, the recovery is complete."),
        //: 08_cloud_site_down.json#restart_worked
        QT_TRANSLATE_NOOP("scenario", "Is the site healthy after the restart?"),
        //: 08_cloud_site_down.json#check_appliance
        QT_TRANSLATE_NOOP("scenario", "Check /appliance"),
        //: 08_cloud_site_down.json#check_appliance
        QT_TRANSLATE_NOOP("scenario", "If a Cloud Appliance is owned, log into the /appliance administrative web interface. Check the settings to ensure there are no errors, warnings, or anomalies."),
        //: 08_cloud_site_down.json#workaround
        QT_TRANSLATE_NOOP("scenario", "Find a bypass or workaround"),
        //: 08_cloud_site_down.json#workaround
        QT_TRANSLATE_NOOP("scenario", "If all this fails, try to find a bypass or workaround solution (such as an alternative site or remote access product)."),
        //: 08_cloud_site_down.json#contact_support
        QT_TRANSLATE_NOOP("scenario", "Contact Bomgar Support"),
        //: 08_cloud_site_down.json#contact_support
        QT_TRANSLATE_NOOP("scenario", "Contact Bomgar Support with a description of the situation and the steps taken thus far. In cases where the production site is offline and there is no workaround or alternative solution, Bomgar Support's maximum target time for First Response (start of resolution) is 30 minutes within normal business hours."),
        //: proc_certificate_export.json
        QT_TRANSLATE_NOOP("scenario", "Back up the appliance certificate"),
        //: proc_certificate_export.json
        QT_TRANSLATE_NOOP("scenario", "Export the appliance certificate with its private key and chain as a password-protected .p12 file, and verify the file."),
        //: proc_certificate_export.json#why
        QT_TRANSLATE_NOOP("scenario", "Why the certificate must be backed up"),
        //: proc_certificate_export.json#why
        QT_TRANSLATE_NOOP("scenario", "The SSL certificate issued to the Bomgar Appliance hostname is often unique to the appliance and is always used to validate its identity to remote client software. It is important that a backup of this certificate, all its intermediate certificates, and its root certificate are saved."),
        //: proc_certificate_export.json#why
        QT_TRANSLATE_NOOP("scenario", "The certificate backup file should be saved with a password in a secure location because in the event a malicious party obtaining a copy of this certificate, they could potentially access confidential data on the network."),
        //: proc_certificate_export.json#log_in
        QT_TRANSLATE_NOOP("scenario", "Log into /appliance"),
        //: proc_certificate_export.json#log_in
        QT_TRANSLATE_NOOP("scenario", "To back up the appliance certificate(s), log into the /appliance administrative web interface."),
        //: proc_certificate_export.json#browse_certificates
        QT_TRANSLATE_NOOP("scenario", "Open the certificates"),
        //: proc_certificate_export.json#browse_certificates
        QT_TRANSLATE_NOOP("scenario", "Browse to **Security > Certificates**."),
        //: proc_certificate_export.json#locate
        QT_TRANSLATE_NOOP("scenario", "Locate the appliance certificate"),
        //: proc_certificate_export.json#locate
        QT_TRANSLATE_NOOP("scenario", "Locate the certificate with the **Alternative Names** of the appliance hostname."),
        //: proc_certificate_export.json#private_key
        QT_TRANSLATE_NOOP("scenario", "Verify it has its private key"),
        //: proc_certificate_export.json#private_key
        QT_TRANSLATE_NOOP("scenario", "With the **IP Address(es)** of the appliance, verify that the **Private Key?** field reads **Yes**."),
        //: proc_certificate_export.json#check_box
        QT_TRANSLATE_NOOP("scenario", "Select the certificate"),
        //: proc_certificate_export.json#check_box
        QT_TRANSLATE_NOOP("scenario", "Check the box next to the certificate."),
        //: proc_certificate_export.json#export_apply
        QT_TRANSLATE_NOOP("scenario", "Choose Export"),
        //: proc_certificate_export.json#export_apply
        QT_TRANSLATE_NOOP("scenario", "From the **Export from the** dropdown, click **Apply**."),
        //: proc_certificate_export.json#wait_page
        QT_TRANSLATE_NOOP("scenario", "Wait for the export page"),
        //: proc_certificate_export.json#wait_page
        QT_TRANSLATE_NOOP("scenario", "Wait for the export page to load."),
        //: proc_certificate_export.json#include_all
        QT_TRANSLATE_NOOP("scenario", "Include certificate, key and chain"),
        //: proc_certificate_export.json#include_all
        QT_TRANSLATE_NOOP("scenario", "Check **Include Certificate**, **Include Private Key**, and **Include Certificate Chain**."),
        //: proc_certificate_export.json#passphrase
        QT_TRANSLATE_NOOP("scenario", "Enter a Passphrase"),
        //: proc_certificate_export.json#passphrase
        QT_TRANSLATE_NOOP("scenario", "Enter a **Passphrase**. Type the same passphrase here so the exported file can be verified; it is kept in memory only and never written to disk."),
        //: proc_certificate_export.json#passphrase
        QT_TRANSLATE_NOOP("scenario", "Passphrase"),
        //: proc_certificate_export.json#click_export
        QT_TRANSLATE_NOOP("scenario", "Export"),
        //: proc_certificate_export.json#click_export
        QT_TRANSLATE_NOOP("scenario", "Click **Export**."),
        //: proc_certificate_export.json#save_file
        QT_TRANSLATE_NOOP("scenario", "Save the .p12 file securely"),
        //: proc_certificate_export.json#save_file
        QT_TRANSLATE_NOOP("scenario", "Save the resulting .p12 certificate file in a secure location."),
        //: proc_certificate_export.json#save_file
        QT_TRANSLATE_NOOP("scenario", "Saved .p12 certificate file"),
        //: proc_certificate_export.json#verify_file
        QT_TRANSLATE_NOOP("scenario", "The .p12 file holds the certificate, its private key and its chain"),
        //: proc_certificate_export.json#verify_file
        QT_TRANSLATE_NOOP("scenario", "Opens the saved file with the passphrase and checks that it contains the certificate, its private key, and its intermediate and root certificates."),
        //: proc_certificate_restore.json
        QT_TRANSLATE_NOOP("scenario", "Recover certificates"),
        //: proc_certificate_restore.json
        QT_TRANSLATE_NOOP("scenario", "Import the saved .p12 certificate into /appliance, check the certificate kinds and warnings, assign the IP and save the configuration, then verify what the appliance serves."),
        //: proc_certificate_restore.json#why
        QT_TRANSLATE_NOOP("scenario", "The original certificates are needed"),
        //: proc_certificate_restore.json#why
        QT_TRANSLATE_NOOP("scenario", "Bomgar requires SSL certificates. If any client software from a previous appliance is expected to reconnect with the replacement appliance, this appliance needs a copy of the original SSL certificate(s). Most Cloud Appliances share a standard certificate which validates the Bomgar Cloud domain. If the certificate and domain are changed, the non-standard certificate must be restored. Hardware and virtual appliances have no such standard configuration and therefore have unique certificates configured by the administrator that must be restored in a disaster recovery scenario."),
        //: proc_certificate_restore.json#why
        QT_TRANSLATE_NOOP("scenario", "The steps to bring the web interfaces online vary based on the appliance type."),
        //: proc_certificate_restore.json#appliance_host
        QT_TRANSLATE_NOOP("scenario", "Appliance receiving the certificate"),
        //: proc_certificate_restore.json#appliance_host
        QT_TRANSLATE_NOOP("scenario", "The host name or IP address of the appliance whose certificates are being restored."),
        //: proc_certificate_restore.json#appliance_host
        QT_TRANSLATE_NOOP("scenario", "Appliance address"),
        //: proc_certificate_restore.json#log_in
        QT_TRANSLATE_NOOP("scenario", "Log into the /appliance web interface of the Bomgar Appliance."),
        //: proc_certificate_restore.json#browse_certificates
        QT_TRANSLATE_NOOP("scenario", "Go to **Security > Certificates**."),
        //: proc_certificate_restore.json#browse_certificates
        QT_TRANSLATE_NOOP("scenario", "If a Bomgar Appliance certificate is listed, ignore it. This is a standard certificate that ships with all Bomgar Appliances."),
        //: proc_certificate_restore.json#import
        QT_TRANSLATE_NOOP("scenario", "Import"),
        //: proc_certificate_restore.json#import
        QT_TRANSLATE_NOOP("scenario", "In **Security :: Certificate Installation**, click **Import**."),
        //: proc_certificate_restore.json#browse_file
        QT_TRANSLATE_NOOP("scenario", "Browse to the certificate file"),
        //: proc_certificate_restore.json#browse_file
        QT_TRANSLATE_NOOP("scenario", "Browse to the certificate file."),
        //: proc_certificate_restore.json#browse_file
        QT_TRANSLATE_NOOP("scenario", "Certificate file (.p12)"),
        //: proc_certificate_restore.json#password
        QT_TRANSLATE_NOOP("scenario", "Enter the password for the certificate file"),
        //: proc_certificate_restore.json#password
        QT_TRANSLATE_NOOP("scenario", "Enter the password for the certificate file. Type it here too so the certificate the appliance serves can be compared with the file; it is kept in memory only and never written to disk."),
        //: proc_certificate_restore.json#password
        QT_TRANSLATE_NOOP("scenario", "Certificate file password"),
        //: proc_certificate_restore.json#upload
        QT_TRANSLATE_NOOP("scenario", "Upload"),
        //: proc_certificate_restore.json#upload
        QT_TRANSLATE_NOOP("scenario", "Click **Upload**."),
        //: proc_certificate_restore.json#certificate_kinds
        QT_TRANSLATE_NOOP("scenario", "Check the listed certificates"),
        //: proc_certificate_restore.json#certificate_kinds
        QT_TRANSLATE_NOOP("scenario", "The Bomgar Appliance certificate appears in the **Security :: Certificates** section. If the certificate was issued by a third-party Certificate Authority (CA), the intermediate certificate and root certificate are also listed here. If your appliance uses a CA certificate, all intermediate certificate and their root certificate must be present for the appliance to function properly. Here is a description of each type of certificate:\n- **Self-Signed Certificate:** This has identical values for **Issued To** and **Issued By** and have the appliance's fully qualified domain name (FQDN) in the **Alternative Name(s)** field.\n- **CA-Signed Certificate:** This has an **Issued To** field and/or an **Alternative Name(s)** field matching the Bomgar Appliance's FQDN. If a CA-signed certificate exists, the appliance also has one or more intermediate and/or root certificate(s) listed on the **Certificates** page.\n- **Intermediate certificates:** These have different **Issued To** and **Issued By** fields, neither of which is an FQDN. Usually, there are only one or two intermediate certificates. Sometimes, there are none, depending on the CA.\n- **Root certificate:** This has identical values for the **Issued To** and **Issued By** fields, neither of which are an FQDN. Every CA-signed certificate must have exactly one root certificate."),
        //: proc_certificate_restore.json#warnings
        QT_TRANSLATE_NOOP("scenario", "Certificate warnings"),
        //: proc_certificate_restore.json#warnings
        QT_TRANSLATE_NOOP("scenario", "If a self-signed certificate is being used, a warning is present beneath it. The warning is expressing that this kind of certificate should normally be used only temporarily until a CA-signed certificate is obtained. If a CA-signed certificate has already been obtained and one or more of its intermediate and/or root certificate(s) are missing, a warning appears beneath the CA-signed certificate."),
        //: proc_certificate_restore.json#warnings
        QT_TRANSLATE_NOOP("scenario", "Is a warning shown beneath the certificate?"),
        //: proc_certificate_restore.json#warnings
        QT_TRANSLATE_NOOP("scenario", "No warnings"),
        //: proc_certificate_restore.json#warnings
        QT_TRANSLATE_NOOP("scenario", "A warning is shown"),
        //: proc_certificate_restore.json#resolve_warning
        QT_TRANSLATE_NOOP("scenario", "Resolve the certificate warning"),
        //: proc_certificate_restore.json#resolve_warning
        QT_TRANSLATE_NOOP("scenario", "If intermediate and/or root certificate(s) are missing, contact the CA to resolve this. For more information, please see FAQ 755 in the Bomgar Technical Support Self Service Center at www.bomgar.com/help."),
        //: proc_certificate_restore.json#assign_ip
        QT_TRANSLATE_NOOP("scenario", "Assign IP"),
        //: proc_certificate_restore.json#assign_ip
        QT_TRANSLATE_NOOP("scenario", "Once there are not any certificate warnings, click the **Assign IP** link in the certificates entry for the appliance's CA-signed or self-signed certificate."),
        //: proc_certificate_restore.json#check_ip
        QT_TRANSLATE_NOOP("scenario", "Check the IP address"),
        //: proc_certificate_restore.json#check_ip
        QT_TRANSLATE_NOOP("scenario", "At the bottom of the resulting page, check the IP address of the appliance."),
        //: proc_certificate_restore.json#save_configuration
        QT_TRANSLATE_NOOP("scenario", "Save Configuration"),
        //: proc_certificate_restore.json#save_configuration
        QT_TRANSLATE_NOOP("scenario", "Click **Save Configuration**. This completes the restore process for the certificate(s). However, the appliance still needs /login restored before it is fully operational."),
        //: proc_certificate_restore.json#verify_served
        QT_TRANSLATE_NOOP("scenario", "The appliance serves the restored certificate"),
        //: proc_certificate_restore.json#verify_served
        QT_TRANSLATE_NOOP("scenario", "Connects to the appliance over TLS and compares the certificate it serves with the one in the .p12 file."),
        //: proc_hardware_installation.json
        QT_TRANSLATE_NOOP("scenario", "Install the replacement hardware appliance"),
        //: proc_hardware_installation.json
        QT_TRANSLATE_NOOP("scenario", "Reach /appliance over the link-local addresses (computer at 169.254.1.5, mask 255.255.0.0), log in with the default credentials and restore the IP configuration."),
        //: proc_hardware_installation.json#intro
        QT_TRANSLATE_NOOP("scenario", "Reach /appliance over a patch cable"),
        //: proc_hardware_installation.json#intro
        QT_TRANSLATE_NOOP("scenario", "Once the replacement appliance has been received and powered on, the settings can be restored using either the local console or appliance administrative web interfaces. It is usually more convenient to use the web interfaces. The /appliance administrative web interfaces of a hardware appliance can be accessed locally using either of its NIC ports. These are provisioned with non-routable IP address(es) on the 169.254.1.0/16 network."),
        //: proc_hardware_installation.json#rack
        QT_TRANSLATE_NOOP("scenario", "Rack the appliance"),
        //: proc_hardware_installation.json#rack
        QT_TRANSLATE_NOOP("scenario", "Rack the appliance."),
        //: proc_hardware_installation.json#power_cable
        QT_TRANSLATE_NOOP("scenario", "Plug in the power cable"),
        //: proc_hardware_installation.json#power_cable
        QT_TRANSLATE_NOOP("scenario", "Plug the power cable into a safe power source."),
        //: proc_hardware_installation.json#patch_cable
        QT_TRANSLATE_NOOP("scenario", "Connect a computer to NIC1 or NIC2"),
        //: proc_hardware_installation.json#patch_cable
        QT_TRANSLATE_NOOP("scenario", "Use a patch cable to connect a computer to NIC1 or NIC2 on the rear of the Bomgar Appliance."),
        //: proc_hardware_installation.json#power_button
        QT_TRANSLATE_NOOP("scenario", "Press the Power button"),
        //: proc_hardware_installation.json#power_button
        QT_TRANSLATE_NOOP("scenario", "Press and release the **Power** button on the front of the appliance."),
        //: proc_hardware_installation.json#computer_ip
        QT_TRANSLATE_NOOP("scenario", "Set the computer's IP configuration"),
        //: proc_hardware_installation.json#computer_ip
        QT_TRANSLATE_NOOP("scenario", "Edit the IP configuration of the connected computer:\n- **IP address:** 169.254.1.5\n- **Subnet mask:** 255.255.0.0\n- **Default gateway:** none\n- **DNS server:** none"),
        //: proc_hardware_installation.json#wait_boot
        QT_TRANSLATE_NOOP("scenario", "Wait for the boot"),
        //: proc_hardware_installation.json#wait_boot
        QT_TRANSLATE_NOOP("scenario", "Wait for the appliance to finish booting."),
        //: proc_hardware_installation.json#probe
        QT_TRANSLATE_NOOP("scenario", "Find the link-local address that answers"),
        //: proc_hardware_installation.json#probe
        QT_TRANSLATE_NOOP("scenario", "Launch a web browser. Enter the address **https://169.254.1.1/appliance/login.ns** in the URL address field. The /appliance login page should load. If not, try alternately substituting \".2\", \".3\" and \".4\" for the last decimal in the address above. Load each of these addresses separately until one responds."),
        //: proc_hardware_installation.json#probe_result
        QT_TRANSLATE_NOOP("scenario", "Did one of the addresses respond?"),
        //: proc_hardware_installation.json#probe_result
        QT_TRANSLATE_NOOP("scenario", "If none of these responds, try all four addresses using the other NIC of the appliance."),
        //: proc_hardware_installation.json#probe_result
        QT_TRANSLATE_NOOP("scenario", "Did the /appliance login page load?"),
        //: proc_hardware_installation.json#other_nic
        QT_TRANSLATE_NOOP("scenario", "Use the other NIC"),
        //: proc_hardware_installation.json#other_nic
        QT_TRANSLATE_NOOP("scenario", "If none of these responds, try all four addresses using the other NIC of the appliance. Move the patch cable to the other NIC."),
        //: proc_hardware_installation.json#probe_other_nic
        QT_TRANSLATE_NOOP("scenario", "Find the link-local address that answers on the other NIC"),
        //: proc_hardware_installation.json#probe_other_nic
        QT_TRANSLATE_NOOP("scenario", "Tries **https://169.254.1.1/appliance/login.ns**, then \".2\", \".3\" and \".4\", through the other NIC."),
        //: proc_hardware_installation.json#log_in
        QT_TRANSLATE_NOOP("scenario", "Log in with the default credentials"),
        //: proc_hardware_installation.json#log_in
        QT_TRANSLATE_NOOP("scenario", "Log in with the default credentials, **admin** and **password**."),
        //: proc_hardware_installation.json#log_in
        QT_TRANSLATE_NOOP("scenario", "Replacement appliances typically ship with default login credentials."),
        //: proc_hardware_installation.json#new_password
        QT_TRANSLATE_NOOP("scenario", "Enter a new password"),
        //: proc_hardware_installation.json#new_password
        QT_TRANSLATE_NOOP("scenario", "Enter a new password."),
        //: proc_hardware_installation.json#new_password
        QT_TRANSLATE_NOOP("scenario", "Save this password in a secure location. It is difficult to recover if lost."),
        //: proc_hardware_installation.json#ip_address
        QT_TRANSLATE_NOOP("scenario", "IP address of the appliance"),
        //: proc_hardware_installation.json#ip_address
        QT_TRANSLATE_NOOP("scenario", "For IP settings, reference a saved copy of the IP settings from the previous appliance."),
        //: proc_hardware_installation.json#subnet_mask
        QT_TRANSLATE_NOOP("scenario", "Subnet mask of the appliance"),
        //: proc_hardware_installation.json#gateway
        QT_TRANSLATE_NOOP("scenario", "Default gateway of the appliance"),
        //: proc_hardware_installation.json#add_ip
        QT_TRANSLATE_NOOP("scenario", "Add the IP address"),
        //: proc_hardware_installation.json#add_ip
        QT_TRANSLATE_NOOP("scenario", "Browse to **Networking > IP Configuration**. Click **Add New IP**. Fill out the resulting page with settings appropriate for the network. Save the new IP address."),
        //: proc_hardware_installation.json#default_gateway
        QT_TRANSLATE_NOOP("scenario", "Add the default gateway"),
        //: proc_hardware_installation.json#default_gateway
        QT_TRANSLATE_NOOP("scenario", "Add the default gateway in the **Global Configuration** section."),
        //: proc_hardware_installation.json#other_settings
        QT_TRANSLATE_NOOP("scenario", "Enter the other network settings"),
        //: proc_hardware_installation.json#other_settings
        QT_TRANSLATE_NOOP("scenario", "These are the basic settings required to bring an appliance online in most situations; however, the network may have additional DNS, NTP, syslog, SMTP, and/or other servers and settings. Ideally, these have been saved in backup files. Like IP configuration, these other settings cannot be restored automatically. Instead, they must be manually entered."),
        //: proc_hardware_installation.json#reachable
        QT_TRANSLATE_NOOP("scenario", "The appliance answers on its new address"),
        //: proc_hardware_installation.json#reachable
        QT_TRANSLATE_NOOP("scenario", "Connects to TCP port 443 of the address just configured."),
        //: proc_hardware_installation.json#reachable
        QT_TRANSLATE_NOOP("scenario", "Once all the /appliance settings and/or IP configuration settings are restored, proceed to restore the certificates and /login administrative interface."),
        //: proc_login_restore.json
        QT_TRANSLATE_NOOP("scenario", "Recover /login from a backup"),
        //: proc_login_restore.json
        QT_TRANSLATE_NOOP("scenario", "Check that the backup's version can be restored onto the site, upload it with Restore Settings, then test with the rep console."),
        //: proc_login_restore.json#sync_or_backup
        QT_TRANSLATE_NOOP("scenario", "Synchronization or backup file"),
        //: proc_login_restore.json#sync_or_backup
        QT_TRANSLATE_NOOP("scenario", "In failover and Atlas scenarios, /login data is recovered using data synchronization rather than backup files. Outside of this, the .nsb backup files should be saved in order to restore /login settings, users, and data. However, before restoring a backup file, take into account the Bomgar product release version from which the backup was downloaded as well as the version of the site receiving the backup file."),
        //: proc_login_restore.json#sync_or_backup
        QT_TRANSLATE_NOOP("scenario", "Bomgar does not test restoring backups from every version to every other version. Only backups from the supported upgrades of a particular version are tested. Supported upgrade versions are listed in the release notes for each version. Release notes are available at www.bomgar.com/changelog."),
        //: proc_login_restore.json#backup_file
        QT_TRANSLATE_NOOP("scenario", "The backup file to restore"),
        //: proc_login_restore.json#backup_file
        QT_TRANSLATE_NOOP("scenario", "The version of a particular backup can be found by checking the filename of the backup. By default, Bomgar backup file names begin with **Bomgar** followed by the Bomgar product release version of the backup, the name of the site which generated the backup, the date on which the backup was downloaded, and the unique ID of the backup file."),
        //: proc_login_restore.json#site_version
        QT_TRANSLATE_NOOP("scenario", "Version of the receiving site"),
        //: proc_login_restore.json#site_version
        QT_TRANSLATE_NOOP("scenario", "Check the version of the site to which the backup is being uploaded to by viewing the **Product Version** field on the **/login > Status > Information** page."),
        //: proc_login_restore.json#site_version
        QT_TRANSLATE_NOOP("scenario", "Product Version"),
        //: proc_login_restore.json#check_version
        QT_TRANSLATE_NOOP("scenario", "The backup's version can be restored onto this site"),
        //: proc_login_restore.json#check_version
        QT_TRANSLATE_NOOP("scenario", "Reads the version and download date from the backup file name and compares the version with the site's **Product Version**."),
        //: proc_login_restore.json#check_version
        QT_TRANSLATE_NOOP("scenario", "When attempting to restore backups from an old release version to a newer version of Bomgar not listed as the backup's supported upgrade version, unexpected issues and/or data loss can occur."),
        //: proc_login_restore.json#check_version
        QT_TRANSLATE_NOOP("scenario", "When attempting to restore backups from newer versions of Bomgar to older, major issues occur. This is simply not supported."),
        //: proc_login_restore.json#check_version
        QT_TRANSLATE_NOOP("scenario", "As long as the rules concerning release versions are followed, backups can be successfully restored between physical appliances (i.e., B200, B300, and B400) and virtual appliances and between physical appliances of different hardware revisions."),
        //: proc_login_restore.json#version_ok
        QT_TRANSLATE_NOOP("scenario", "Is the restore method validated?"),
        //: proc_login_restore.json#version_ok
        QT_TRANSLATE_NOOP("scenario", "Restore the backup only once the restore method is validated."),
        //: proc_login_restore.json#version_ok
        QT_TRANSLATE_NOOP("scenario", "Can this backup be restored onto this site?"),
        //: proc_login_restore.json#update_site
        QT_TRANSLATE_NOOP("scenario", "Bring the site to a compatible version"),
        //: proc_login_restore.json#update_site
        QT_TRANSLATE_NOOP("scenario", "It may be necessary to upgrade the site to the same version as the failover appliance or to a version compatible with the backup file. In these cases, contact Bomgar Support for the necessary /login site updates."),
        //: proc_login_restore.json#site_version_again
        QT_TRANSLATE_NOOP("scenario", "Check the version again"),
        //: proc_login_restore.json#site_version_again
        QT_TRANSLATE_NOOP("scenario", "Check the **Product Version** field on the **/login > Status > Information** page again, then compare it with the backup's version."),
        //: proc_login_restore.json#browse_software
        QT_TRANSLATE_NOOP("scenario", "Open Software"),
        //: proc_login_restore.json#browse_software
        QT_TRANSLATE_NOOP("scenario", "Browse to **/login > Management > Software**."),
        //: proc_login_restore.json#locate_restore
        QT_TRANSLATE_NOOP("scenario", "Locate Restore Settings"),
        //: proc_login_restore.json#locate_restore
        QT_TRANSLATE_NOOP("scenario", "Locate **Software :: Restore Settings**."),
        //: proc_login_restore.json#choose_file
        QT_TRANSLATE_NOOP("scenario", "Choose File"),
        //: proc_login_restore.json#choose_file
        QT_TRANSLATE_NOOP("scenario", "Click **Choose File**."),
        //: proc_login_restore.json#select_file
        QT_TRANSLATE_NOOP("scenario", "Select the backup file"),
        //: proc_login_restore.json#select_file
        QT_TRANSLATE_NOOP("scenario", "Select the backup file using the file browser."),
        //: proc_login_restore.json#backup_password
        QT_TRANSLATE_NOOP("scenario", "Enter the backup password, if one was assigned."),
        //: proc_login_restore.json#backup_password
        QT_TRANSLATE_NOOP("scenario", "The backup password is assigned by the administrator who downloads the backup originally. If it is lost, the backup cannot be restored."),
        //: proc_login_restore.json#upload_backup
        QT_TRANSLATE_NOOP("scenario", "Once it is restored, all users (including the local administrator), settings, and most data are restored to the state at which the backup was originally downloaded."),
        //: proc_login_site_package.json
        QT_TRANSLATE_NOOP("scenario", "Install the /login site package"),
        //: proc_login_site_package.json
        QT_TRANSLATE_NOOP("scenario", "Ask Bomgar Support for the /login site updates, install the base software updates and the site package, and log in with the default credentials."),
        //: proc_login_site_package.json#why
        QT_TRANSLATE_NOOP("scenario", "Why a site package is needed"),
        //: proc_login_site_package.json#why
        QT_TRANSLATE_NOOP("scenario", "Unlike /appliance, the /login administrative web interface is not installed by default on new appliances. Therefore, in cases where a new virtual appliance has been installed or a new hardware appliance has been shipped, the new appliance does not usually have a /login administrative web interface. If the appliance was repaired or restored from a snapshot instead of replaced or re-installed, the repaired appliance still has a /login site package installed, but it may be necessary to upgrade the site to the same version as the failover appliance or to a version compatible with the backup file. In these cases, contact Bomgar Support for the necessary /login site updates."),
        //: proc_login_site_package.json#appliance_fqdn
        QT_TRANSLATE_NOOP("scenario", "Appliance FQDN registered in DNS"),
        //: proc_login_site_package.json#appliance_fqdn
        QT_TRANSLATE_NOOP("scenario", "The appliance's fully qualified domain name as registered in DNS, for the email to Bomgar Support."),
        //: proc_login_site_package.json#appliance_fqdn
        QT_TRANSLATE_NOOP("scenario", "Appliance FQDN"),
        //: proc_login_site_package.json#backup_version
        QT_TRANSLATE_NOOP("scenario", "Version of the most recent backup file"),
        //: proc_login_site_package.json#backup_version
        QT_TRANSLATE_NOOP("scenario", "The Bomgar product release version in the file name of the most recent backup file."),
        //: proc_login_site_package.json#backup_version
        QT_TRANSLATE_NOOP("scenario", "Backup version"),
        //: proc_login_site_package.json#email_support
        QT_TRANSLATE_NOOP("scenario", "Email Bomgar Support"),
        //: proc_login_site_package.json#email_support
        QT_TRANSLATE_NOOP("scenario", "To get the updates, send Bomgar Support an email including these items:\n- **Screenshot of the /appliance Status page**\n- **Appliance FQDN registered in DNS**\n- **Version of the most recent backup file**"),
        //: proc_login_site_package.json#wait_package
        QT_TRANSLATE_NOOP("scenario", "Receive the update packages"),
        //: proc_login_site_package.json#wait_package
        QT_TRANSLATE_NOOP("scenario", "After receiving this information, Support registers the appliance on the Bomgar update servers, builds the necessary update package(s), and sends the installation instructions. There are one or more base software updates to install prior to the /login site package."),
        //: proc_login_site_package.json#install
        QT_TRANSLATE_NOOP("scenario", "Install the updates and log into /login"),
        //: proc_login_site_package.json#install
        QT_TRANSLATE_NOOP("scenario", "Follow the instructions from Bomgar Support to update the appliance and log into the /login web interface, using the default admin and password credentials. The system forces the password to be changed at login."),
        //: proc_rep_console_test.json
        QT_TRANSLATE_NOOP("scenario", "Test the appliance with the rep console"),
        //: proc_rep_console_test.json
        QT_TRANSLATE_NOOP("scenario", "Log into the rep console with the credentials that worked before the failure and verify Jump Clients, Jumpoints, options and settings."),
        //: proc_rep_console_test.json#expectation
        QT_TRANSLATE_NOOP("scenario", "The appliance should now be operational"),
        //: proc_rep_console_test.json#expectation
        QT_TRANSLATE_NOOP("scenario", "After /login is online and the backup is restored, the appliance should be fully operational, assuming the network's traffic has been properly routed."),
        //: proc_rep_console_test.json#open_console
        QT_TRANSLATE_NOOP("scenario", "Open the rep console"),
        //: proc_rep_console_test.json#open_console
        QT_TRANSLATE_NOOP("scenario", "Open the rep console."),
        //: proc_rep_console_test.json#log_in
        QT_TRANSLATE_NOOP("scenario", "Log in as before the failure"),
        //: proc_rep_console_test.json#log_in
        QT_TRANSLATE_NOOP("scenario", "Log in with the user credentials that worked prior to the failure event."),
        //: proc_rep_console_test.json#verify
        QT_TRANSLATE_NOOP("scenario", "Verify clients, options and settings"),
        //: proc_rep_console_test.json#verify
        QT_TRANSLATE_NOOP("scenario", "Verify that all Jump Clients, Jumpoints, options, and settings function as expected."),
        //: proc_rep_console_test.json#verify
        QT_TRANSLATE_NOOP("scenario", "There should be no need to deploy new client software. Instead, the original clients should reconnect with the new appliance automatically."),
        //: proc_return_defective.json
        QT_TRANSLATE_NOOP("scenario", "Return the defective appliance"),
        //: proc_return_defective.json
        QT_TRANSLATE_NOOP("scenario", "Wipe the failed appliance (Reset Appliance to Factory Defaults, Shut Down This Appliance) and ship it back with the return label within two weeks."),
        //: proc_return_defective.json#wipe
        QT_TRANSLATE_NOOP("scenario", "Wipe the appliance first?"),
        //: proc_return_defective.json#wipe
        QT_TRANSLATE_NOOP("scenario", "In cases where you have replaced a failed hardware appliance, it will be necessary to dispose of the failed hardware. First, you may wish to wipe the appliance of all sensitive data."),
        //: proc_return_defective.json#wipe
        QT_TRANSLATE_NOOP("scenario", "Wipe the defective appliance before returning it?"),
        //: proc_return_defective.json#wipe
        QT_TRANSLATE_NOOP("scenario", "Yes, wipe it"),
        //: proc_return_defective.json#log_in
        QT_TRANSLATE_NOOP("scenario", "Log into the defective appliance"),
        //: proc_return_defective.json#log_in
        QT_TRANSLATE_NOOP("scenario", "Log into the **/appliance** web interface of the defective appliance."),
        //: proc_return_defective.json#status_basics
        QT_TRANSLATE_NOOP("scenario", "Open Status > Basics"),
        //: proc_return_defective.json#status_basics
        QT_TRANSLATE_NOOP("scenario", "Browse to the **Status > Basics** page."),
        //: proc_return_defective.json#factory_reset
        QT_TRANSLATE_NOOP("scenario", "Reset Appliance to Factory Defaults"),
        //: proc_return_defective.json#factory_reset
        QT_TRANSLATE_NOOP("scenario", "Click **Reset Appliance to Factory Defaults**."),
        //: proc_return_defective.json#wait_reset
        QT_TRANSLATE_NOOP("scenario", "Wait for the reset"),
        //: proc_return_defective.json#wait_reset
        QT_TRANSLATE_NOOP("scenario", "Wait for the reset to complete."),
        //: proc_return_defective.json#shut_down
        QT_TRANSLATE_NOOP("scenario", "Shut Down This Appliance"),
        //: proc_return_defective.json#shut_down
        QT_TRANSLATE_NOOP("scenario", "Click **Shut Down This Appliance**."),
        //: proc_return_defective.json#return_label
        QT_TRANSLATE_NOOP("scenario", "Ship it back with the return label"),
        //: proc_return_defective.json#return_label
        QT_TRANSLATE_NOOP("scenario", "Once done, ask Bomgar Support for a return shipping label, if you have not been sent one already. Once you have the return label, use it to ship the appliance back. Many administrators choose to use the packaging materials of the replacement appliance to return the defective one."),
        //: proc_return_defective.json#return_label
        QT_TRANSLATE_NOOP("scenario", "If a replacement appliance is received, it is a requirement that the defective appliance be returned to Bomgar within two weeks of the new appliance becoming operational. Outstanding appliances are invoiced at list price."),
        //: proc_rma.json
        QT_TRANSLATE_NOOP("scenario", "Repair at the location, or RMA"),
        //: proc_rma.json
        QT_TRANSLATE_NOOP("scenario", "Prepare for an at-location repair with Bomgar Support (keyboard, monitor, torx screwdriver or KVM, outbound TCP 443); if that is not possible, give Support what it needs for the RMA."),
        //: proc_rma.json#on_site
        QT_TRANSLATE_NOOP("scenario", "Keyboard, monitor and screwdriver at the appliance"),
        //: proc_rma.json#on_site
        QT_TRANSLATE_NOOP("scenario", "Every reasonable attempt is made to restore Bomgar Appliances to full operation while still at the location. This typically involves a technician going to wherever the appliance is located and connecting a PS/2 keyboard and VGA monitor to the back of the appliance. To do this, a torx 8 or 10 screwdriver is required to remove the backplate."),
        //: proc_rma.json#on_site
        QT_TRANSLATE_NOOP("scenario", "It is best practice to have all this hardware on-site prior to a failure event."),
        //: proc_rma.json#on_site
        QT_TRANSLATE_NOOP("scenario", "If the appliance is racked in a data center with a KVM switch, this can be used instead."),
        //: proc_rma.json#outbound_443
        QT_TRANSLATE_NOOP("scenario", "Outbound TCP 443"),
        //: proc_rma.json#outbound_443
        QT_TRANSLATE_NOOP("scenario", "It is also best practice to allow the appliance outbound access to the internet over TCP 443. This allows Bomgar Support to establish a secure connection with the appliance for low-level troubleshooting and recovery."),
        //: proc_rma.json#repaired
        QT_TRANSLATE_NOOP("scenario", "Repair at the location"),
        //: proc_rma.json#repaired
        QT_TRANSLATE_NOOP("scenario", "Could the appliance be repaired at its location?"),
        //: proc_rma.json#repaired
        QT_TRANSLATE_NOOP("scenario", "Yes, it was repaired"),
        //: proc_rma.json#repaired
        QT_TRANSLATE_NOOP("scenario", "No, an RMA is needed"),
        //: proc_rma.json#rma_scope
        QT_TRANSLATE_NOOP("scenario", "What an RMA covers"),
        //: proc_rma.json#rma_scope
        QT_TRANSLATE_NOOP("scenario", "Hardware RMAs may include one or more completely new appliances and/or Field Replaceable Units (FRU). An FRU can be issued only for B300 and B400 appliances. Replaceable items include hard disk drives and power supplies. Any other hardware problems result in a full RMA of the entire appliance."),
        //: proc_rma.json#contact_name
        QT_TRANSLATE_NOOP("scenario", "Contact name"),
        //: proc_rma.json#contact_name
        QT_TRANSLATE_NOOP("scenario", "To process an RMA, Bomgar Support needs the contact name, email, and phone."),
        //: proc_rma.json#contact_email
        QT_TRANSLATE_NOOP("scenario", "Contact email"),
        //: proc_rma.json#contact_phone
        QT_TRANSLATE_NOOP("scenario", "Contact phone"),
        //: proc_rma.json#shipping_address
        QT_TRANSLATE_NOOP("scenario", "Shipping address"),
        //: proc_rma.json#shipping_address
        QT_TRANSLATE_NOOP("scenario", "The shipping address for the replacement."),
        //: proc_rma.json#serial
        QT_TRANSLATE_NOOP("scenario", "The serial number of the failed appliance."),
        //: proc_rma.json#vat
        QT_TRANSLATE_NOOP("scenario", "VAT number"),
        //: proc_rma.json#vat
        QT_TRANSLATE_NOOP("scenario", "Value Added Tax (VAT) number, if necessary."),
        //: proc_rma.json#international
        QT_TRANSLATE_NOOP("scenario", "International shipment?"),
        //: proc_rma.json#international
        QT_TRANSLATE_NOOP("scenario", "When shipping Bomgar hardware internationally, Bomgar Support must begin by confirming whether the appliance is to be returned to Bomgar temporarily and shipped back after repair or returned to Bomgar permanently and replaced with new hardware."),
        //: proc_rma.json#international
        QT_TRANSLATE_NOOP("scenario", "Is the hardware shipped internationally?"),
        //: proc_rma.json#international_choice
        QT_TRANSLATE_NOOP("scenario", "Repair and return, or replace"),
        //: proc_rma.json#international_choice
        QT_TRANSLATE_NOOP("scenario", "Confirm with Bomgar Support whether the appliance is to be returned to Bomgar temporarily and shipped back after repair or returned to Bomgar permanently and replaced with new hardware. The former option can take up to four weeks."),
        //: proc_rma.json#international_choice
        QT_TRANSLATE_NOOP("scenario", "Because the latter option may incur VAT fees for international shipments, it is important to send documented consent to Bomgar Support for the payment of any fees incurred by this process."),
        //: proc_rma.json#international_choice
        QT_TRANSLATE_NOOP("scenario", "Replacements for appliances located in Ireland or the European Union are usually shipped from Bomgar's inventory in Ireland. No VAT fees are expected for these shipments."),
        //: proc_rma.json#paperwork
        QT_TRANSLATE_NOOP("scenario", "Packing slip, return label or DHL pickup"),
        //: proc_rma.json#paperwork
        QT_TRANSLATE_NOOP("scenario", "Once the RMA request has been opened, a printable packing slip for the old appliance is emailed along with tracking and setup instructions for the new or repaired hardware. For RMAs in the United States, a return shipping label is sent. For appliances outside the United States, either Bomgar's DHL account number is given to schedule a DHL pickup, or Bomgar Support arranges for the Waste Electrical and Electronic Equipment (WEEE) scrapping of the appliance."),
        //: proc_rma.json#paperwork
        QT_TRANSLATE_NOOP("scenario", "Bomgar Support follows up to ensure the replacement hardware is installed and functional before closing the RMA incident."),
        //: proc_support_call.json
        QT_TRANSLATE_NOOP("scenario", "Call Bomgar Support"),
        //: proc_support_call.json
        QT_TRANSLATE_NOOP("scenario", "How to reach Bomgar Support, their hours and holidays, the severity levels, what to send, and the incident number."),
        //: proc_support_call.json#channels
        QT_TRANSLATE_NOOP("scenario", "How to reach Bomgar Support"),
        //: proc_support_call.json#channels
        QT_TRANSLATE_NOOP("scenario", "Incidents should be reported to Bomgar Support via chat, phone, or incident form on the www.bomgar.com/help site. Some of these options require a login, which is given to existing customers upon purchasing Bomgar. Anyone can email Bomgar Support, even without purchasing Bomgar, using any of the following three email addresses:\n- General email: support@bomgar.com\n- EMEA region: emea.support@bomgar.com\n- APAC region: apac.support@bomgar.com"),
        //: proc_support_call.json#hours
        QT_TRANSLATE_NOOP("scenario", "Support hours and holidays"),
        //: proc_support_call.json#hours
        QT_TRANSLATE_NOOP("scenario", "Bomgar offers support in English during our normal business hours from 2:00 AM to 7:00 PM CST/CDT, Monday - Friday. The site www.bomgar.com/help is available 24 hours a day to provide assistance."),
        //: proc_support_call.json#hours
        QT_TRANSLATE_NOOP("scenario", "Bomgar observes the following holidays (USA): New Year's Day (January 1st), Martin Luther King Day (Third Monday in January), President's Day (Third Monday in February), Good Friday (Varies), Memorial Day (Last Monday in May), Independence Day (July 4th), Labor Day (First Monday in September), Columbus Day (Second Monday in October), Veterans Day (November 11th), Thanksgiving Day (Fourth Thursday in November), Day after Thanksgiving (Fourth Friday in November), Christmas Eve (December 24th), Christmas Day (December 25th)."),
        //: proc_support_call.json#hours
        QT_TRANSLATE_NOOP("scenario", "If the holiday falls during a weekend, the nearest weekday is observed instead."),
        //: proc_support_call.json#hours
        QT_TRANSLATE_NOOP("scenario", "Incidents reported outside of Bomgar's normal support hours are considered to be received at the beginning of the next business day."),
        //: proc_support_call.json#severity
        QT_TRANSLATE_NOOP("scenario", "Severity levels"),
        //: proc_support_call.json#severity
        QT_TRANSLATE_NOOP("scenario", "Severity levels range from **Severity Level 1** (critical) to **Severity Level 3** (low priority).\n- **Severity Level 1:** Production system down and inoperable. The issue cannot be solved by a restart, a bypass, or a workaround. Incident must be documented via email and followed up by telephone call. Maximum target time for First Response (start of resolution) is 30 minutes. Maximum target time for Customer Response Time is 30 minutes.\n- **Severity Level 2:** Production system is operational but impacted due to issue with documented product functionality. Workaround exists for core product functionality. Incident must be reported via email to document the issue and may be followed up by telephone. Maximum target time for First Response (start of resolution) is 24 hours. Maximum target time for Customer Response Time is 24 hours.\n- **Severity Level 3:** Cosmetic impairment. Limited impact to use of system. No immediate resolution required. Incident must be reported via email. Maximum target time for First Response (start of resolution) is 24 hours."),
        //: proc_support_call.json#severity
        QT_TRANSLATE_NOOP("scenario", "Response times are based on normal business hours, unless otherwise noted."),
        //: proc_support_call.json#severity
        QT_TRANSLATE_NOOP("scenario", "**Failure to Respond** within the Customer Response Time results in a lower priority level being placed on the issue."),
        //: proc_support_call.json#gather
        QT_TRANSLATE_NOOP("scenario", "Gather the incident information"),
        //: proc_support_call.json#gather
        QT_TRANSLATE_NOOP("scenario", "When submitting an incident, please include the following information:\n- **Inquirer's Name**\n- **Name of the organization**\n- **Bomgar product version**\n- **Specific error messages received**\n- **Steps for reproducing the issue**\n- **Actions taken prior to the incident**\n- **Changes made to the Bomgar product** (such as information about the network environment and workstation involved with the issue)\n- **Length of time the issue has persisted**\n- **Operating system** (if software-related)\n- **Assigned server roles** (if server-related)\n- **Log files**\n- **Screen shots**"),
        //: proc_support_call.json#gather
        QT_TRANSLATE_NOOP("scenario", "As a general rule, the more specific the details provided, the better chance the Bomgar Support representative will be able to provide a resolution quickly."),
        //: proc_support_call.json#report
        QT_TRANSLATE_NOOP("scenario", "Report the incident"),
        //: proc_support_call.json#report
        QT_TRANSLATE_NOOP("scenario", "Bomgar recommends reporting all **Severity Level 1** incidents initially with a detailed email to support@bomgar.com followed by a telephone call."),
        //: proc_support_call.json#report
        QT_TRANSLATE_NOOP("scenario", "Bomgar Support verifies that a current maintenance agreement with Bomgar is in effect and that they are speaking with a valid company representative. If either of these cannot be validated, Bomgar Support is unable to provide any further support."),
        //: proc_support_call.json#report
        QT_TRANSLATE_NOOP("scenario", "At any point in the support process, a request can be made to speak to a support supervisor or support manager: support.supervisor@bomgar.com or support.manager@bomgar.com."),
        //: proc_support_call.json#incident_number
        QT_TRANSLATE_NOOP("scenario", "Incident number"),
        //: proc_support_call.json#incident_number
        QT_TRANSLATE_NOOP("scenario", "When an incident or request is submitted, it is logged and is given an incident number and a severity rating. If an email correspondence is necessary, the subject of the email should begin with **Incident #**, followed by the incident number (e.g., Incident# 40100)."),
        nullptr,
    };
    *count = int(sizeof(table) / sizeof(table[0])) - 1;
    return table;
}

} // namespace dr::runbook
