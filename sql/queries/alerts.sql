-- Security alerts (securetag/ops/alerts.py), as the admin.

-- name: alerts_lock
SELECT pg_try_advisory_lock(%(key)s) AS locked;

-- name: alerts_collect
-- New events from the dashboard view become alert rows; events already known
-- (sent or waiting) are left alone.
INSERT INTO security_alert (kind, at, subject, events)
SELECT kind, at, subject, events FROM ops.security_events
ON CONFLICT (kind, at, subject) DO NOTHING;

-- name: alerts_unsent
SELECT kind, at, subject, events, attempts
FROM security_alert
WHERE sent_at IS NULL
ORDER BY first_seen, at
LIMIT %(limit)s;

-- name: alerts_mark_sent
UPDATE security_alert SET sent_at = now(), attempts = attempts + 1, last_error = NULL
WHERE sent_at IS NULL AND (kind, at, subject) IN (
    SELECT * FROM unnest(%(kinds)s::text[], %(ats)s::timestamptz[], %(subjects)s::text[])
);

-- name: alerts_mark_failed
UPDATE security_alert SET attempts = attempts + 1, last_error = %(error)s
WHERE sent_at IS NULL AND (kind, at, subject) IN (
    SELECT * FROM unnest(%(kinds)s::text[], %(ats)s::timestamptz[], %(subjects)s::text[])
);
