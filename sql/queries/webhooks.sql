-- Tenants' webhooks (securetag/webhooks/service.py). The API's statements run scoped to
-- the caller's tenant (row-level security); the sender's run as the worker.
-- Deliveries are created by the webhook_fan_out trigger (migration 0009).

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

-- name: list_webhook_deliveries
-- Newest first. A delivery whose task ended without the sender finishing it
-- (timed out, failed by the reaper) was failed with it (migration 0013).
SELECT id, scan_id, event, outcome, state, attempts, last_status, last_error, created_at,
       finished_at
FROM webhook_delivery
WHERE webhook_id = %(webhook_id)s AND tenant_id = current_tenant_id()
ORDER BY created_at DESC, id DESC
LIMIT %(limit)s;

-- name: webhook_delivery_to_send
SELECT d.id, d.tenant_id, d.webhook_id, d.scan_id, d.event, d.outcome, d.state, d.attempts,
       d.created_at, w.origin, w.sealed, w.key_version
FROM webhook_delivery d
JOIN tenant_webhook w ON w.id = d.webhook_id
WHERE d.id = %(id)s;

-- name: webhook_scan_summary
-- The scan as its GET reads it, with its findings and verdicts counted.
SELECT s.id, s.type::text AS type, s.project, s.state::text AS state, s.error,
       s.severity_counts, s.triage_state, s.created_at, s.started_at, s.finished_at,
       (SELECT coalesce(jsonb_object_agg(status, n), '{}'::jsonb)
        FROM (SELECT f.status, count(*) AS n FROM finding f WHERE f.scan_id = s.id
              GROUP BY f.status) AS by_status) AS findings_by_status,
       (SELECT coalesce(jsonb_object_agg(verdict, n), '{}'::jsonb)
        FROM (SELECT v.verdict, count(*) AS n FROM finding_triage v WHERE v.scan_id = s.id
              GROUP BY v.verdict) AS by_verdict) AS verdicts
FROM scan s
WHERE s.id = %(scan_id)s;

-- name: webhook_delivery_attempted
-- One POST's outcome; `state` stays 'pending' while tries remain.
UPDATE webhook_delivery
SET attempts = attempts + 1, last_status = %(status)s, last_error = %(error)s,
    state = %(state)s, finished_at = CASE WHEN %(state)s <> 'pending' THEN now() END
WHERE id = %(id)s AND state = 'pending';

-- name: purge_webhook_deliveries
-- Deliveries past the task retention (their tasks are gone too). A delivery is
-- over within hours (8 tries), so its age says it is finished.
WITH doomed AS (
    SELECT id FROM webhook_delivery
    WHERE created_at < now() - make_interval(days => %(days)s)
    LIMIT %(limit)s
    FOR UPDATE SKIP LOCKED
),
gone AS (
    DELETE FROM webhook_delivery d USING doomed x WHERE d.id = x.id RETURNING d.id
)
SELECT count(*) AS purged FROM gone;

-- Tests only (as the admin).

-- name: test_webhook_deliveries
SELECT id, scan_id, event, outcome, state, attempts, last_status, last_error, task_id,
       created_at, finished_at
FROM webhook_delivery WHERE webhook_id = %(webhook_id)s ORDER BY created_at, id;

-- name: test_webhook_row
SELECT id, tenant_id, origin, sealed, key_version FROM tenant_webhook WHERE id = %(id)s;

-- name: test_webhook_delivery_catch_up_with_tasks
SELECT webhook_delivery_catch_up_with_tasks() AS updated;

-- name: test_audit_actions
SELECT seq, tenant_id, actor, action, target, outcome, details FROM audit_log
WHERE action = %(action)s ORDER BY seq;

-- name: test_age_deliveries
UPDATE webhook_delivery SET created_at = created_at - make_interval(days => %(days)s);
