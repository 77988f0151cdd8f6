-- Every task state change is one statement. Finishing statements (complete,
-- retry, fail, release) only touch a row that is still `running` under the
-- caller's claim token: "no row updated" means the lease was lost.
-- Each state change also appends its audit rows in the same statement (a
-- data-modifying CTE): one row per tenant and resulting state, listing the task
-- ids, so the audit trail costs no extra round trip and cannot be skipped.
-- Placeholders are psycopg's %(name)s, so a literal percent sign is written %%.

-- name: enqueue_tasks
-- Insert a batch in input order. Rows whose dedup key belongs to an active
-- task are skipped; the second half of the result names the task that holds it.
WITH input AS (
    SELECT *
    FROM unnest(%(tenant_ids)s::uuid[], %(types)s::text[], %(priorities)s::int[],
                %(delays)s::float8[], %(max_attempts)s::int[], %(timeouts)s::float8[],
                %(payloads)s::text[], %(dedup_keys)s::text[])
         WITH ORDINALITY AS i(tenant_id, type, priority, delay_s, max_attempts, timeout_s,
                              payload, dedup_key, ord)
),
inserted AS (
    INSERT INTO task (tenant_id, type, priority, run_after, max_attempts, timeout_s, payload,
                      dedup_key)
    SELECT tenant_id, type, priority, now() + make_interval(secs => delay_s), max_attempts,
           timeout_s, payload::jsonb, dedup_key
    FROM input
    ORDER BY ord
    ON CONFLICT (dedup_key) WHERE dedup_key IS NOT NULL
                              AND state IN ('queued', 'running', 'retrying')
    DO NOTHING
    RETURNING id, dedup_key, tenant_id
),
audited AS (
    INSERT INTO audit_log (tenant_id, actor, action, target, outcome, details)
    SELECT tenant_id, %(actor)s, 'task.enqueue', 'task', 'success',
           jsonb_build_object('task_ids', array_agg(id ORDER BY id), 'state', 'queued')::text
    FROM inserted GROUP BY tenant_id
)
SELECT id, dedup_key, true AS created FROM inserted
UNION ALL
SELECT t.id, t.dedup_key, false AS created
FROM task t
WHERE t.dedup_key IN (SELECT dedup_key FROM input WHERE dedup_key IS NOT NULL)
  AND t.state IN ('queued', 'running', 'retrying');

-- name: allocate_task_ids
-- Reserve ids for a COPY batch, so the caller knows each row's id in input order.
SELECT array_agg(nextval('task_id_seq')) AS ids
FROM generate_series(1, %(n)s);

-- name: copy_tasks
-- Batch enqueue without dedup keys or delays: COPY takes PostgreSQL's
-- multi-row insert path, several times faster than INSERT ... SELECT.
COPY task (id, tenant_id, type, priority, max_attempts, timeout_s, payload)
FROM STDIN (FORMAT TEXT);

-- name: notify_task_types
-- Wake idle workers of these types; delivered when the enqueuing transaction
-- commits, once per type however many rows it inserted.
SELECT pg_notify('securetag_task', t) FROM unnest(%(types)s::text[]) AS t;

-- name: active_tasks_by_dedup_key
SELECT id, dedup_key
FROM task
WHERE dedup_key = ANY(%(dedup_keys)s::text[])
  AND state IN ('queued', 'running', 'retrying');

-- name: claim_tasks
-- One slot's next batch: tasks of ONE type only (a long task never waits behind
-- another type's in the same batch), at most limits[i] of types[i] and %(limit)s.
-- Fair across tenants: each tenant with work ready offers its head tasks in its
-- own order (priority high first, run_after, id), and heads are taken in the
-- order "fewest of that tenant's tasks of the type already running, counting the
-- ones taken before in this batch", so a tenant's first task goes before another
-- tenant's 41st whatever either has queued. A tenant at its running cap
-- (tenant.max_running_scans, else %(default_cap)s, for the types with capped[i])
-- offers nothing. Tasks without a tenant (noop, system tasks) count as one
-- tenant that never has anything running. Two claims racing in the same instant
-- may both pass a cap (each sees the other's claim only once it commits).
WITH RECURSIVE wanted AS (
    SELECT * FROM unnest(%(types)s::text[], %(limits)s::int[], %(capped)s::bool[])
                  AS w(type, lim, capped)
),
-- Per type, each tenant with claimable work: a skip scan, one index probe per tenant.
tenants AS (
    SELECT w.type, f.tenant_id
    FROM wanted w
    CROSS JOIN LATERAL (
        SELECT t.tenant_id FROM task t
        WHERE t.type = w.type AND t.state IN ('queued', 'retrying') AND t.tenant_id IS NOT NULL
        ORDER BY t.tenant_id LIMIT 1
    ) f
    UNION ALL
    SELECT tn.type, n.tenant_id
    FROM tenants tn
    CROSS JOIN LATERAL (
        SELECT t.tenant_id FROM task t
        WHERE t.type = tn.type AND t.state IN ('queued', 'retrying')
          AND t.tenant_id > tn.tenant_id
        ORDER BY t.tenant_id LIMIT 1
    ) n
),
load AS (
    SELECT w.type, tn.tenant_id, w.lim, r.running,
           CASE WHEN w.capped AND tn.tenant_id IS NOT NULL
                THEN coalesce((SELECT max_running_scans FROM tenant WHERE id = tn.tenant_id),
                              %(default_cap)s::int)
           END AS cap
    FROM wanted w
    JOIN (SELECT type, tenant_id FROM tenants
          UNION ALL SELECT type, NULL::uuid FROM wanted) tn ON tn.type = w.type
    CROSS JOIN LATERAL (
        SELECT count(*)::int AS running FROM task x
        WHERE tn.tenant_id IS NOT NULL
          AND x.tenant_id = tn.tenant_id AND x.type = w.type AND x.state = 'running'
    ) r
),
candidate AS (
    SELECT c.id, c.type, c.priority, c.run_after, l.running,
           row_number() OVER (PARTITION BY l.type, l.tenant_id
                              ORDER BY c.priority DESC, c.run_after, c.id) AS turn
    FROM load l
    CROSS JOIN LATERAL (
        SELECT t.id, t.type, t.priority, t.run_after
        FROM task t
        WHERE t.type = l.type
          AND t.tenant_id IS NOT DISTINCT FROM l.tenant_id
          AND t.state IN ('queued', 'retrying')
          AND t.run_after <= now()
        ORDER BY t.priority DESC, t.run_after, t.id
        LIMIT CASE WHEN l.cap IS NULL THEN l.lim ELSE greatest(0, least(l.lim, l.cap - l.running)) END
        FOR UPDATE SKIP LOCKED
    ) c
),
first_type AS (
    SELECT c.type FROM candidate c
    ORDER BY c.running + c.turn, c.priority DESC, c.run_after, c.id
    LIMIT 1
),
chosen AS (
    SELECT c.id FROM candidate c JOIN first_type f ON f.type = c.type
    ORDER BY c.running + c.turn, c.priority DESC, c.run_after, c.id
    LIMIT least(%(limit)s, (SELECT w.lim FROM wanted w JOIN first_type f ON f.type = w.type))
),
claimed AS (
    UPDATE task t
    SET state = 'running',
        attempts = t.attempts + 1,
        claim_token = %(token)s::uuid,
        claimed_by = %(worker_id)s::uuid,
        started_at = clock_timestamp(),
        heartbeat_at = now(),
        finished_at = NULL
    FROM chosen
    WHERE t.id = chosen.id
    RETURNING t.id, t.type, t.tenant_id, t.payload, t.priority, t.run_after, t.attempts,
              t.max_attempts, t.timeout_s, t.claim_token, t.started_at
),
audited AS (
    INSERT INTO audit_log (tenant_id, actor, action, target, outcome, details)
    SELECT tenant_id, 'worker:' || %(worker_id)s, 'task.claim', 'task', 'success',
           jsonb_build_object('task_ids', array_agg(id ORDER BY id), 'state', 'running')::text
    FROM claimed GROUP BY tenant_id
)
SELECT id, type, tenant_id, payload, priority, attempts, max_attempts, timeout_s, claim_token,
       started_at
FROM claimed
ORDER BY priority DESC, run_after, id;

-- name: lock_tenant_submissions
-- Serialises one tenant's submissions until the transaction ends, so that two
-- concurrent ones cannot both pass the queued cap (the next statement's snapshot
-- is taken after the lock, and sees the other's committed task).
SELECT pg_advisory_xact_lock(hashtext('securetag:submit:' || %(tenant_id)s::text)) AS locked;

-- name: tenant_waiting_tasks
-- How many of a tenant's tasks of these types wait (queued or retrying), counted
-- up to the cap only, and the tenant's own cap (NULL: the service default).
SELECT (SELECT count(*) FROM (
            SELECT 1 FROM task
            WHERE type = ANY(%(types)s::text[]) AND tenant_id = %(tenant_id)s::uuid
              AND state IN ('queued', 'retrying')
            LIMIT %(count_up_to)s) waiting)::int AS waiting,
       (SELECT max_queued_scans FROM tenant WHERE id = %(tenant_id)s::uuid) AS cap;

-- name: heartbeat_tasks
-- Extend the leases the caller still holds; the ids not returned were lost.
UPDATE task t
SET heartbeat_at = now()
FROM unnest(%(ids)s::bigint[], %(tokens)s::uuid[]) AS h(id, token)
WHERE t.id = h.id AND t.claim_token = h.token AND t.state = 'running'
RETURNING t.id;

-- name: complete_tasks
WITH done AS (
    UPDATE task t
    SET state = 'succeeded', finished_at = now()
    FROM unnest(%(ids)s::bigint[], %(tokens)s::uuid[]) AS d(id, token)
    WHERE t.id = d.id AND t.claim_token = d.token AND t.state = 'running'
    RETURNING t.id, t.tenant_id, t.claimed_by
),
audited AS (
    INSERT INTO audit_log (tenant_id, actor, action, target, outcome, details)
    SELECT tenant_id, 'worker:' || claimed_by, 'task.complete', 'task', 'success',
           jsonb_build_object('task_ids', array_agg(id ORDER BY id), 'state', 'succeeded')::text
    FROM done GROUP BY tenant_id, claimed_by
)
SELECT id FROM done;

-- name: retry_task
-- Back to `retrying` with exponential backoff, or `failed` when this was the last attempt.
WITH changed AS (
UPDATE task t
SET state = (CASE WHEN t.attempts >= t.max_attempts THEN 'failed' ELSE 'retrying' END)::task_state,
    run_after = CASE
        WHEN t.attempts >= t.max_attempts THEN t.run_after
        ELSE now() + coalesce(make_interval(secs => %(delay_s)s::float8),
                              task_backoff(t.attempts, %(base_s)s, %(cap_s)s, %(jitter)s))
    END,
    finished_at = CASE WHEN t.attempts >= t.max_attempts THEN now() END,
    last_error = %(error)s
WHERE t.id = %(id)s AND t.claim_token = %(token)s::uuid AND t.state = 'running'
RETURNING t.id, t.tenant_id, t.claimed_by, t.state, t.run_after, t.attempts, t.max_attempts
),
audited AS (
    INSERT INTO audit_log (tenant_id, actor, action, target, outcome, details)
    SELECT tenant_id, 'worker:' || claimed_by, 'task.retry', 'task:' || id, 'failure',
           jsonb_build_object('task_ids', jsonb_build_array(id), 'state', state::text,
                              'attempt', attempts)::text
    FROM changed
)
SELECT state, run_after, attempts, max_attempts FROM changed;

-- name: fail_task
WITH changed AS (
    UPDATE task t
    SET state = 'failed', finished_at = now(), last_error = %(error)s
    WHERE t.id = %(id)s AND t.claim_token = %(token)s::uuid AND t.state = 'running'
    RETURNING t.id, t.tenant_id, t.claimed_by, t.state
),
audited AS (
    INSERT INTO audit_log (tenant_id, actor, action, target, outcome, details)
    SELECT tenant_id, 'worker:' || claimed_by, 'task.fail', 'task:' || id, 'failure',
           jsonb_build_object('task_ids', jsonb_build_array(id), 'state', 'failed')::text
    FROM changed
)
SELECT state FROM changed;

-- name: time_out_task
-- The worker gave up on an attempt that ran past its timeout (its handler did not
-- stop): retried with backoff while attempts remain, else `timed_out`. The same
-- outcome as the reaper's, without waiting for it.
WITH changed AS (
UPDATE task t
SET state = (CASE WHEN t.attempts < t.max_attempts THEN 'retrying'
                  ELSE 'timed_out' END)::task_state,
    run_after = CASE WHEN t.attempts < t.max_attempts
                     THEN now() + task_backoff(t.attempts, %(base_s)s, %(cap_s)s, %(jitter)s)
                     ELSE t.run_after END,
    finished_at = CASE WHEN t.attempts < t.max_attempts THEN NULL ELSE now() END,
    last_error = format('timed out after %%s s (attempt %%s of %%s)',
                        t.timeout_s, t.attempts, t.max_attempts)
WHERE t.id = %(id)s AND t.claim_token = %(token)s::uuid AND t.state = 'running'
RETURNING t.id, t.tenant_id, t.claimed_by, t.state, t.attempts
),
audited AS (
    INSERT INTO audit_log (tenant_id, actor, action, target, outcome, details)
    SELECT tenant_id, 'worker:' || claimed_by, 'task.timeout', 'task:' || id, 'failure',
           jsonb_build_object('task_ids', jsonb_build_array(id), 'state', state::text,
                              'attempt', attempts)::text
    FROM changed
)
SELECT state FROM changed;

-- name: release_tasks
-- Graceful shutdown: hand tasks back to the queue. A task whose handler never
-- started gets its attempt back; an interrupted one keeps it counted.
WITH released AS (
UPDATE task t
SET state = 'queued',
    attempts = greatest(t.attempts - CASE WHEN r.started THEN 0 ELSE 1 END, 0),
    run_after = now(),
    claim_token = NULL,
    claimed_by = NULL,
    heartbeat_at = NULL,
    started_at = NULL,
    last_error = CASE WHEN r.started THEN 'interrupted by worker shutdown' ELSE t.last_error END
FROM unnest(%(ids)s::bigint[], %(tokens)s::uuid[], %(started)s::bool[]) AS r(id, token, started)
WHERE t.id = r.id AND t.claim_token = r.token AND t.state = 'running'
RETURNING t.id, t.tenant_id
),
audited AS (
    INSERT INTO audit_log (tenant_id, actor, action, target, outcome, details)
    SELECT tenant_id, 'worker:' || %(worker_id)s, 'task.release', 'task', 'success',
           jsonb_build_object('task_ids', array_agg(id ORDER BY id), 'state', 'queued')::text
    FROM released GROUP BY tenant_id
)
SELECT id FROM released;

-- name: cancel_task
-- Cancel a task that has not finished. A running task's worker learns of it at
-- its next heartbeat, and its result is then fenced out like any lost lease.
WITH target AS (
    SELECT id, state
    FROM task
    WHERE id = %(id)s
      AND state IN ('queued', 'retrying', 'running')
      AND (%(tenant_id)s::uuid IS NULL OR tenant_id = %(tenant_id)s::uuid)
    FOR UPDATE
),
cancelled AS (
    UPDATE task t
    SET state = 'cancelled', finished_at = now(), last_error = %(reason)s
    FROM target
    WHERE t.id = target.id
    RETURNING t.id, t.tenant_id, target.state AS previous_state
),
audited AS (
    INSERT INTO audit_log (tenant_id, actor, action, target, outcome, details)
    SELECT tenant_id, %(actor)s, 'task.cancel', 'task:' || id, 'success',
           jsonb_build_object('task_ids', jsonb_build_array(id), 'state', 'cancelled',
                              'previous_state', previous_state::text)::text
    FROM cancelled
)
SELECT previous_state FROM cancelled;

-- name: try_reaper_lock
-- One reaper at a time across every host; held until the reaping transaction ends.
SELECT pg_try_advisory_xact_lock(hashtext('securetag:reaper')) AS locked;

-- name: reap_tasks
-- Running tasks whose lease expired (no heartbeat) or whose type timeout passed:
-- retried while attempts remain, else `failed` (lease) or `timed_out` (timeout).
WITH expired AS (
    SELECT id, attempts, max_attempts,
           started_at + make_interval(secs => timeout_s) < now() AS over_time
    FROM task
    WHERE state = 'running'
      AND (heartbeat_at < now() - make_interval(secs => %(lease_timeout_s)s::float8)
           OR started_at + make_interval(secs => timeout_s) < now())
    ORDER BY id
    LIMIT %(limit)s
    FOR UPDATE SKIP LOCKED
),
rescued AS (
UPDATE task t
SET state = (CASE WHEN e.attempts < e.max_attempts THEN 'retrying'
                  WHEN e.over_time THEN 'timed_out'
                  ELSE 'failed' END)::task_state,
    run_after = CASE WHEN e.attempts < e.max_attempts
                     THEN now() + task_backoff(e.attempts, %(base_s)s, %(cap_s)s, %(jitter)s)
                     ELSE t.run_after END,
    finished_at = CASE WHEN e.attempts < e.max_attempts THEN NULL ELSE now() END,
    last_error = CASE
        WHEN e.over_time THEN format('timed out after %%s s (attempt %%s of %%s)',
                                     t.timeout_s, e.attempts, e.max_attempts)
        ELSE format('lease expired: worker %%s stopped heartbeating (attempt %%s of %%s)',
                    t.claimed_by, e.attempts, e.max_attempts)
    END
FROM expired e
WHERE t.id = e.id
RETURNING t.id, t.tenant_id, t.state
),
audited AS (
    INSERT INTO audit_log (tenant_id, actor, action, target, outcome, details)
    SELECT tenant_id, 'reaper', 'task.rescue', 'task', 'success',
           jsonb_build_object('task_ids', array_agg(id ORDER BY id), 'state', state::text)::text
    FROM rescued GROUP BY tenant_id, state
)
SELECT id, state FROM rescued;

-- name: get_task
SELECT id, tenant_id, type, state, priority, run_after, attempts, max_attempts, timeout_s,
       payload, dedup_key, claim_token, claimed_by, heartbeat_at, last_error, created_at,
       started_at, finished_at
FROM task
WHERE id = %(id)s;

-- name: count_tasks_by_state
SELECT type, state::text AS state, count(*) AS n
FROM task
WHERE (%(types)s::text[] IS NULL OR type = ANY(%(types)s::text[]))
GROUP BY type, state
ORDER BY type, state;
