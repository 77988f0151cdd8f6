-- Tenants' webhooks (securetag/webhooks/service.py), as the API registers, lists,
-- rotates and deletes them: every statement runs scoped to the caller's tenant
-- (row-level security). Their deliveries are in webhook_delivery.sql.

-- name: count_webhooks
SELECT count(*) AS webhooks FROM tenant_webhook WHERE tenant_id = current_tenant_id();

-- name: insert_webhook
-- sealed arrives sealed (securetag/store/vault.py), bound to the id the caller chose.
INSERT INTO tenant_webhook (id, tenant_id, origin, events, description, sealed, key_version,
                            created_by)
VALUES (%(id)s, current_tenant_id(), %(origin)s, %(events)s, %(description)s, %(sealed)s,
        %(key_version)s, %(created_by)s)
RETURNING id, origin, events, description, sealed, key_version, created_by, created_at;

-- name: list_webhooks
SELECT id, origin, events, description, sealed, key_version, created_by, created_at
FROM tenant_webhook
WHERE tenant_id = current_tenant_id()
ORDER BY created_at, id;

-- name: get_webhook
SELECT id, origin, events, description, sealed, key_version, created_by, created_at
FROM tenant_webhook
WHERE id = %(id)s AND tenant_id = current_tenant_id();

-- name: delete_webhook
-- Its deliveries go with it; a queued delivery task then finds nothing to send.
DELETE FROM tenant_webhook
WHERE id = %(id)s AND tenant_id = current_tenant_id()
RETURNING id, origin;

-- name: lock_webhook_config
-- Secret rotation reads the sealed config to re-seal it. The lock makes a
-- concurrent rotation wait (and then re-seal this one's secret, not the one
-- before it), and `keys rewrap` skip the row instead of writing back a config
-- it read before the rotation. NO KEY: scans ending meanwhile still queue
-- deliveries to this webhook (their foreign key needs only KEY SHARE).
SELECT id, origin, sealed, key_version
FROM tenant_webhook
WHERE id = %(id)s AND tenant_id = current_tenant_id()
FOR NO KEY UPDATE;

-- name: store_webhook_config
-- The API may update only these two columns (migration 0011).
UPDATE tenant_webhook
SET sealed = %(sealed)s, key_version = %(key_version)s
WHERE id = %(id)s AND tenant_id = current_tenant_id()
RETURNING id, origin, events, description, sealed, key_version, created_by, created_at;
