-- name: register_worker
INSERT INTO worker (host, pid, types, concurrency)
VALUES (%(host)s, %(pid)s, %(types)s::text[], %(concurrency)s)
RETURNING id;

-- name: heartbeat_worker
-- Also revives a row the reaper marked lost during a database outage.
UPDATE worker
SET heartbeat_at = now(),
    tasks_in_hand = %(tasks_in_hand)s,
    state = CASE WHEN state = 'lost' THEN 'running' ELSE state END,
    stopped_at = CASE WHEN state = 'lost' THEN NULL ELSE stopped_at END
WHERE id = %(id)s AND state IN ('running', 'stopping', 'lost')
RETURNING state;

-- name: set_worker_state
UPDATE worker
SET state = %(state)s,
    heartbeat_at = now(),
    tasks_in_hand = %(tasks_in_hand)s,
    stopped_at = CASE WHEN %(state)s IN ('stopped', 'lost') THEN now() END
WHERE id = %(id)s;

-- name: mark_lost_workers
UPDATE worker
SET state = 'lost', stopped_at = now()
WHERE state IN ('running', 'stopping')
  AND heartbeat_at < now() - make_interval(secs => %(lease_timeout_s)s::float8)
RETURNING id;

-- name: list_workers
SELECT id, host, pid, types, concurrency, state, tasks_in_hand, started_at, heartbeat_at,
       stopped_at
FROM worker
WHERE %(include_stopped)s OR state IN ('running', 'stopping')
ORDER BY started_at DESC;

-- name: queue_depth
-- For the worker's metrics port (securetag_queue_tasks), read at scrape time.
SELECT type, state::text AS state, count(*) AS tasks
FROM task
WHERE state IN ('queued', 'running', 'retrying')
GROUP BY type, state;
