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
-- Up to %(limit)s claimable tasks, at most limits[i] of types[i], in the order
-- priority (high first), run_after, id. Each type is read from its own ordered
-- index range, so a worker for one rare type never sorts the whole queue.
WITH wanted AS (
    SELECT * FROM unnest(%(types)s::text[], %(limits)s::int[]) AS w(type, lim)
),
candidate AS (
    SELECT c.id, c.priority, c.run_after
    FROM wanted
    CROSS JOIN LATERAL (
        SELECT t.id, t.priority, t.run_after
        FROM task t
        WHERE t.type = wanted.type
          AND t.state IN ('queued', 'retrying')
          AND t.run_after <= now()
        ORDER BY t.priority DESC, t.run_after, t.id
        LIMIT wanted.lim
        FOR UPDATE SKIP LOCKED
    ) c
    ORDER BY c.priority DESC, c.run_after, c.id
    LIMIT %(limit)s
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
    FROM candidate
    WHERE t.id = candidate.id
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
