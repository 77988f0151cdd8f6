-- One row per (webhook, scan, event), created by the task_finished trigger
-- (migration 0014) when a scan or its triage ends. The API lists them scoped to the
-- caller's tenant; the sender (securetag/webhooks/sender.py) runs as the worker.

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
       s.severity_counts, s.triage_state, s.coverage, s.created_at, s.started_at, s.finished_at,
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
