#pragma once

#include "site/SiteIssue.h"

#include <QJsonObject>

#include <optional>

namespace dr::site {

// Older site files brought to the current schema (kSchemaVersion), without losing a value.
//
// Version 1 (no "schema_version" key, or "schema_version": 1): the flat object the printed checklists read, one
// string per key: {"site_name": "Example HQ", "site_fqdn": "support.example.com", "primary_host": "...",
// "routing": "dns_swing", ...} (drrunbook-cli print --list-site-keys lists the keys). Migration to version 2:
//   site_name -> site.name; site_fqdn -> site.fqdn;
//   primary_host -> appliances "primary" (role primary; fqdn); backup_host / backup_ip -> appliances "backup"
//   (role backup; fqdn, addresses); routing -> routing_method and automatic_failover (enabled|disabled) ->
//   failover.automatic_failover of those appliances; rma_contact_name/phone/email -> contacts[] (role "rma");
//   every other key, and the ones above too, -> checklist_values (so a printed checklist reads exactly the same).
// Returns the v2 object, or nullopt with an error in `issues` when the version is unknown (newer than this program).
std::optional<QJsonObject> migrateToCurrent(const QJsonObject& json, int* fromVersion, SiteIssues* issues);

// The schema version of a parsed file: "schema_version", or 1 when absent.
int schemaVersionOf(const QJsonObject& json);

} // namespace dr::site
