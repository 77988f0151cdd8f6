-- Tenants (as the admin).

-- name: test_tenant_retention
UPDATE tenant SET retention_days = %(days)s WHERE id = %(id)s;

-- name: test_rows_of_tenant
SELECT (SELECT count(*) FROM tenant WHERE id = %(tenant_id)s)
     + (SELECT count(*) FROM scan WHERE tenant_id = %(tenant_id)s)
     + (SELECT count(*) FROM upload WHERE tenant_id = %(tenant_id)s)
     + (SELECT count(*) FROM task WHERE tenant_id = %(tenant_id)s)
     + (SELECT count(*) FROM api_key WHERE tenant_id = %(tenant_id)s)
     + (SELECT count(*) FROM tenant_key WHERE tenant_id = %(tenant_id)s)
     + (SELECT count(*) FROM context_entry WHERE tenant_id = %(tenant_id)s)
     + (SELECT count(*) FROM tenant_webhook WHERE tenant_id = %(tenant_id)s)
     + (SELECT count(*) FROM webhook_delivery WHERE tenant_id = %(tenant_id)s) AS rows;

-- name: test_insert_tenant
-- A tenant as an old schema holds it (no columns added since migration 0002).
INSERT INTO tenant (name) VALUES (%(name)s) RETURNING id;
