-- Tenants' webhooks and their deliveries (as the admin).

-- name: test_webhook_deliveries
SELECT id, scan_id, event, outcome, state, attempts, last_status, last_error, task_id,
       created_at, finished_at
FROM webhook_delivery WHERE webhook_id = %(webhook_id)s ORDER BY created_at, id;

-- name: test_webhook_row
SELECT id, tenant_id, origin, sealed, key_version FROM tenant_webhook WHERE id = %(id)s;

-- name: test_webhook_delivery_catch_up_with_tasks
SELECT webhook_delivery_catch_up_with_tasks() AS updated;

-- name: test_age_deliveries
UPDATE webhook_delivery SET created_at = created_at - make_interval(days => %(days)s);
