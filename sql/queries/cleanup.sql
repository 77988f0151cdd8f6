-- Cron cleanup jobs (securetag/ops/cleanup.py), as the admin. Each statement handles
-- one bounded batch; rows another run holds are skipped, so runs on several
-- hosts share the work instead of waiting on each other.

-- name: cleanup_lock
-- Session-level, on a dedicated connection: one run of a job at a time.
SELECT pg_try_advisory_lock(%(key)s) AS locked;

-- name: purge_finished_tasks
-- Finished tasks older than the retention, folded into ops_task_daily first so
-- the dashboards keep their history.
WITH doomed AS (
    SELECT id FROM task
    WHERE finished_at < now() - make_interval(days => %(days)s)
    ORDER BY finished_at
    LIMIT %(limit)s
    FOR UPDATE SKIP LOCKED
),
gone AS (
    DELETE FROM task t USING doomed d WHERE t.id = d.id
    RETURNING t.type, t.state, t.started_at, t.finished_at
),
kept AS (
    INSERT INTO ops_task_daily AS a (day, type, state, tasks, run_seconds)
    SELECT finished_at::date, type, state, count(*),
           coalesce(sum(extract(epoch FROM finished_at - started_at)), 0)
    FROM gone
    GROUP BY 1, 2, 3
    ON CONFLICT (day, type, state) DO UPDATE
    SET tasks = a.tasks + EXCLUDED.tasks, run_seconds = a.run_seconds + EXCLUDED.run_seconds
)
SELECT count(*) AS purged FROM gone;

-- name: purge_dead_workers
WITH doomed AS (
    SELECT id FROM worker
    WHERE state IN ('stopped', 'lost')
      AND coalesce(stopped_at, heartbeat_at) < now() - make_interval(hours => %(hours)s)
    LIMIT %(limit)s
    FOR UPDATE SKIP LOCKED
),
gone AS (
    DELETE FROM worker w USING doomed d WHERE w.id = d.id RETURNING w.id
)
SELECT count(*) AS purged FROM gone;

-- name: purge_request_refusals
-- Per-minute refusal counts past their retention (the security views read 24 hours).
WITH doomed AS (
    SELECT minute, reason, subject FROM request_refusal
    WHERE minute < now() - make_interval(days => %(days)s)
    ORDER BY minute
    LIMIT %(limit)s
    FOR UPDATE SKIP LOCKED
),
gone AS (
    DELETE FROM request_refusal r USING doomed d
    WHERE (r.minute, r.reason, r.subject) = (d.minute, d.reason, d.subject)
    RETURNING 1
)
SELECT count(*) AS purged FROM gone;

-- name: purge_idle_rate_limits
-- A bucket whose tat has passed is full again: removing it changes no decision
-- (the next request recreates it as new). Keeps the addr:<client> buckets of
-- failed authentications from piling up. A bucket a request holds is skipped.
WITH doomed AS (
    SELECT key FROM rate_limit
    WHERE tat < now()
    LIMIT %(limit)s
    FOR UPDATE SKIP LOCKED
),
gone AS (
    DELETE FROM rate_limit r USING doomed d
    WHERE r.key = d.key AND r.tat < now()
    RETURNING 1
)
SELECT count(*) AS purged FROM gone;

-- name: record_audit_verification
INSERT INTO ops_audit_verification (ok, rows, head_seq, problem)
VALUES (%(ok)s, %(rows)s, %(head_seq)s, %(problem)s);
