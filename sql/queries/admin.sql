-- name: database_exists
SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = %(name)s) AS present;

-- name: task_state_enum_values
SELECT enumlabel FROM pg_enum
WHERE enumtypid = 'task_state'::regtype
ORDER BY enumsortorder;

-- name: bench_unfinished_exists
SELECT EXISTS (
    SELECT 1 FROM task WHERE type = %(type)s AND state IN ('queued', 'running', 'retrying')
) AS pending;

-- name: bench_pickup_latency
SELECT extract(epoch FROM started_at) AS started_epoch
FROM task WHERE id = %(id)s AND state = 'succeeded';

-- name: bench_live_workers
SELECT count(*) AS n FROM worker WHERE state = 'running' AND %(type)s = ANY(types);
