#pragma once

#include "lab/LabHttpMessage.h"

namespace dr::lab {

class Lab;

// The lab-only control endpoints, served on their own HTTPS listener (Lab::controlUrl()) so that another process
// (a drill run against `drrunbook-cli lab`) can play the operator's web-interface steps and set up states.
// Every request needs the header X-Lab-Key: Lab::controlKey(). Replies are JSON.
//   GET  /lab/state
//   POST /lab/power-off|power-on|sync-now|restore-backup|clear-faults|add-spare   name=APPLIANCE
//   POST /lab/certificate   name=  source=lab|factory, or a PKCS#12 body (application/x-pkcs12) with the
//                           header X-Lab-P12-Password (the operator importing the appliance's certificate)
//   POST /lab/swing-dns     name=          POST /lab/shared-ip      enabled=0|1
//   POST /lab/auto-failover enabled=0|1 timeout=SECONDS
//   POST /lab/fault         name= kind=down|hang|latency|http500|malformed_xml|truncated_xml|drop_mid_backup|
//                           expired_token|missing_permission|rate_limited|wrong_certificate|invalid_credentials
//                           [action=] [latency_ms=] [after_bytes=] [times=]
//   POST /lab/health        name= healthy=0|1 [message=]
//   POST /lab/connected-count name= type= count=
//   POST /lab/role          name= role=none|primary|backup   (set directly, as the /login failover page would)
//   POST /lab/version       name= version=   (the site updated to another product version)
// GET /lab/state also names siteDnsTarget (where the site's DNS name points) and siteTarget (where the site
// address leads now).
class LabControl
{
public:
    explicit LabControl(Lab* lab);
    LabHttpResponse handle(const LabHttpRequest& request);

private:
    LabHttpResponse state() const;
    LabHttpResponse certificate(const LabHttpRequest& request);
    static LabHttpResponse ok();
    static LabHttpResponse fail(int status, const QString& message);

    Lab* m_lab;
};

} // namespace dr::lab
