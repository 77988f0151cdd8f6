-- psql dashboards for operators: views in the `ops` schema, re-created by every
-- `securetag migrate` (so editing this file and migrating updates them).
-- The read-only role securetag_ops may read these views and nothing else: they
-- show counts, states, ids, timings and error summaries, never tenant payloads.
-- deploy/psqlrc defines :queue, :workers, :failures, :slow, :tenants, :security.

DROP SCHEMA IF EXISTS ops CASCADE;
CREATE SCHEMA ops;

-- Active tasks by type and state, and how long the oldest has waited.
CREATE VIEW ops.queue AS
SELECT type, state::text AS state, count(*) AS tasks,
       date_trunc('second', now() - min(created_at)) AS oldest_age
FROM task
WHERE state IN ('queued', 'running', 'retrying')
GROUP BY type, state
ORDER BY type, state;

-- Finished tasks per minute over the last hour.
CREATE VIEW ops.throughput AS
SELECT date_trunc('minute', finished_at) AS minute, type,
       count(*) FILTER (WHERE state = 'succeeded') AS succeeded,
       count(*) FILTER (WHERE state IN ('failed', 'timed_out')) AS failed,
       count(*) FILTER (WHERE state = 'cancelled') AS cancelled
FROM task
WHERE finished_at > now() - interval '1 hour'
GROUP BY 1, 2
ORDER BY 1 DESC, 2;

-- Failure and retry rates per type over the last 24 hours.
CREATE VIEW ops.failures AS
SELECT type, count(*) AS finished,
       count(*) FILTER (WHERE state IN ('failed', 'timed_out')) AS failed,
       round(100.0 * count(*) FILTER (WHERE state IN ('failed', 'timed_out'))
             / count(*), 1) AS failed_pct,
       round(100.0 * count(*) FILTER (WHERE attempts > 1) / count(*), 1) AS retried_pct
FROM task
WHERE finished_at > now() - interval '24 hours'
GROUP BY type
ORDER BY failed DESC, type;

-- The most frequent errors (first line, cut to 160 characters) of the last 24 hours.
CREATE VIEW ops.top_errors AS
SELECT type, left(split_part(last_error, E'\n', 1), 160) AS error, count(*) AS tasks,
       max(finished_at) AS last_seen
FROM task
WHERE finished_at > now() - interval '24 hours' AND last_error IS NOT NULL
GROUP BY 1, 2
ORDER BY tasks DESC
LIMIT 20;

-- Workers: liveness by heartbeat; `stale` means no heartbeat for over a minute.
CREATE VIEW ops.workers AS
SELECT id, host, pid, types, concurrency, state, tasks_in_hand, started_at,
       date_trunc('second', now() - heartbeat_at) AS since_heartbeat,
       state IN ('running', 'stopping') AND heartbeat_at < now() - interval '60 seconds'
           AS stale
FROM worker
WHERE state IN ('running', 'stopping') OR heartbeat_at > now() - interval '1 hour'
ORDER BY state, heartbeat_at DESC;

-- Running tasks with their age against their timeout, slowest first.
CREATE VIEW ops.slow AS
SELECT id, type, tenant_id, attempts, started_at,
       date_trunc('second', now() - started_at) AS running_for,
       timeout_s,
       round((100 * extract(epoch FROM now() - started_at) / timeout_s)::numeric, 1)
           AS pct_of_timeout
FROM task
WHERE state = 'running'
ORDER BY pct_of_timeout DESC;

-- Scanner runs over the last 24 hours: how long each agent takes, how often it fails.
CREATE VIEW ops.agents AS
SELECT agent, count(*) AS runs,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY duration_ms)::numeric) AS p50_ms,
       round(percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_ms)::numeric) AS p95_ms,
       count(*) FILTER (WHERE outcome = 'failed') AS failed,
       count(*) FILTER (WHERE outcome = 'stopped') AS stopped_by_sandbox
FROM tool_execution
WHERE started_at > now() - interval '24 hours' AND kind = 'scanner'
GROUP BY agent
ORDER BY agent;

-- LLM calls per hour over the last 24 hours: latency and tokens.
CREATE VIEW ops.llm AS
SELECT date_trunc('hour', started_at) AS hour, count(*) AS calls,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY duration_ms)::numeric) AS p50_ms,
       round(percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_ms)::numeric) AS p95_ms,
       sum((metrics_json ->> 'tokens_in')::bigint) AS tokens_in,
       sum((metrics_json ->> 'tokens_out')::bigint) AS tokens_out,
       count(*) FILTER (WHERE outcome <> 'ok') AS errors
FROM tool_execution
WHERE started_at > now() - interval '24 hours' AND kind = 'llm'
GROUP BY 1
ORDER BY 1 DESC;

-- Scans per tenant over the last 7 days.
CREATE VIEW ops.tenants AS
SELECT t.name AS tenant, t.id AS tenant_id, count(s.id) AS scans,
       count(s.id) FILTER (WHERE s.state = 'succeeded') AS succeeded,
       count(s.id) FILTER (WHERE s.state IN ('failed', 'timed_out')) AS failed,
       count(s.id) FILTER (WHERE s.state IN ('queued', 'running', 'retrying')) AS active,
       max(s.created_at) AS last_scan
FROM tenant t
LEFT JOIN scan s ON s.tenant_id = t.id AND s.created_at > now() - interval '7 days'
GROUP BY t.id, t.name
ORDER BY scans DESC, t.name;

-- Requests refused with 429 (the key's or its tenant's limit), per API key, over the last hour.
CREATE VIEW ops.rate_limits AS
SELECT r.subject AS key_id, k.tenant_id, sum(r.refused) AS refused, max(r.minute) AS last_minute
FROM request_refusal r
LEFT JOIN api_key k ON k.id = r.subject
WHERE r.reason = 'rate_limited' AND r.minute > now() - interval '1 hour'
GROUP BY r.subject, k.tenant_id
ORDER BY refused DESC;

-- Every refusal counted over the last hour, by reason and subject: failed
-- authentications per client address (an IPv6 client's /64), revoked keys
-- still in use and rate-limited keys. They are counted here, not audited one
-- row each (request_refusal, pruned by `securetag cleanup ratelimits`).
CREATE VIEW ops.refusals AS
SELECT reason, subject, sum(refused) AS refused, min(minute) AS first_minute,
       max(minute) AS last_minute
FROM request_refusal
WHERE minute > now() - interval '1 hour'
GROUP BY reason, subject
ORDER BY refused DESC, reason, subject;

-- The audit chain: its head and the last verification.
CREATE VIEW ops.audit AS
SELECT h.seq AS head_seq, encode(h.hash, 'hex') AS head_hash,
       v.at AS last_verified_at, v.ok AS last_verify_ok, v.problem AS last_problem
FROM audit_head h
LEFT JOIN LATERAL (
    SELECT at, ok, problem FROM ops_audit_verification ORDER BY id DESC LIMIT 1
) v ON true;

-- Security events of the last 24 hours, newest first: bursts of authentication
-- failures per source, rate-limit storms, sandbox violations, failed audit
-- verifications, and use of revoked keys (by key id).
CREATE VIEW ops.security_events AS
SELECT * FROM (
    SELECT 'auth_failures'::text AS kind, minute AS at, subject, refused AS events
    FROM request_refusal
    WHERE reason = 'auth_failure' AND minute > now() - interval '24 hours' AND refused >= 10
    UNION ALL
    SELECT 'rate_limit_storm', minute, subject, refused
    FROM request_refusal
    WHERE reason = 'rate_limited' AND minute > now() - interval '24 hours' AND refused >= 100
    UNION ALL
    SELECT 'sandbox_violation', date_trunc('minute', started_at),
           agent || ': ' || array_to_string(violations, ','), count(*)
    FROM tool_execution
    WHERE started_at > now() - interval '24 hours' AND cardinality(violations) > 0
    GROUP BY 2, 3
    UNION ALL
    -- Someone still holds a revoked key: every use is worth a look.
    SELECT 'revoked_key_used', minute, subject, refused
    FROM request_refusal
    WHERE reason = 'revoked_key' AND minute > now() - interval '24 hours'
    UNION ALL
    SELECT 'audit_verify_failed', at, coalesce(problem, 'chain broken'), 1
    FROM ops_audit_verification
    WHERE NOT ok AND at > now() - interval '24 hours'
) events
ORDER BY at DESC;

-- Tenants' webhook deliveries of the last 24 hours, per tenant and receiver: when a
-- tenant says "we never heard of the scan", the receiver's last answer says why.
CREATE VIEW ops.webhooks AS
SELECT t.name AS tenant, w.origin, count(*) AS deliveries,
       count(*) FILTER (WHERE d.state = 'delivered') AS delivered,
       count(*) FILTER (WHERE d.state = 'pending') AS pending,
       count(*) FILTER (WHERE d.state = 'failed') AS failed,
       sum(d.attempts) AS attempts,
       (array_agg(d.last_status ORDER BY d.created_at DESC))[1] AS last_status,
       (array_agg(d.last_error ORDER BY d.created_at DESC))[1] AS last_error,
       max(d.created_at) AS last_delivery
FROM webhook_delivery d
JOIN tenant_webhook w ON w.id = d.webhook_id
JOIN tenant t ON t.id = d.tenant_id
WHERE d.created_at > now() - interval '24 hours'
GROUP BY t.name, w.origin
ORDER BY failed DESC, pending DESC, tenant, origin;

GRANT USAGE ON SCHEMA ops TO securetag_ops;
GRANT SELECT ON ALL TABLES IN SCHEMA ops TO securetag_ops;
