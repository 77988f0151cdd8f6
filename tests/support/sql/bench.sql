-- The benchmarks' own statements (tests/bench).

-- name: bench_unfinished_exists
SELECT EXISTS (
    SELECT 1 FROM task WHERE type = %(type)s AND state IN ('queued', 'running', 'retrying')
) AS pending;

-- name: bench_pickup_latency
-- Enqueue -> start on one clock, the server's: created_at is the enqueue transaction's
-- start and started_at the claim's clock_timestamp(), so the figure includes the
-- enqueue's own commit and can never be negative (a client clock read after commit
-- returns can be later than the pickup it is compared with).
SELECT extract(epoch FROM started_at - created_at) * 1000 AS pickup_ms
FROM task WHERE id = %(id)s AND state = 'succeeded';

-- name: bench_live_workers
SELECT count(*) AS n FROM worker WHERE state = 'running' AND %(type)s = ANY(types);

-- name: bench_data_directory
-- Where the server keeps its data (postmaster.pid names its main process): the
-- API benchmark reads the server's CPU time from there when it runs on this host.
SELECT current_setting('data_directory') AS data_directory;

-- name: bench_round_trip
-- The API benchmark's floor: the least an endpoint that reads anything from
-- PostgreSQL pays, one trivial statement.
SELECT 1 AS one;

-- name: bench_queue_waits
-- Seconds each task of a type waited between enqueue and its (first) start, per tenant.
SELECT tenant_id, extract(epoch FROM started_at - created_at)::float8 AS wait_s
FROM task
WHERE type = %(type)s AND started_at IS NOT NULL;


-- name: bench_scan_times
-- A scan's own timestamps as the service wrote them (seconds since the epoch):
-- started_at and finished_at by the database, the progress stamps by the worker.
SELECT extract(epoch FROM started_at)::float8 AS started_at,
       extract(epoch FROM finished_at)::float8 AS finished_at,
       state, progress
FROM scan WHERE id = %(scan_id)s;

-- name: bench_tool_times
-- Each scanner run of a scan: how long the tool ran (the worker's monotonic clock)
-- and when it ended (the worker's wall clock).
SELECT agent, duration_ms, extract(epoch FROM finished_at)::float8 AS finished_at, outcome
FROM tool_execution
WHERE scan_id = %(scan_id)s AND kind = 'scanner'
ORDER BY started_at;

-- name: bench_clock
-- The database server's clock now (not the transaction's start, which now() gives).
SELECT extract(epoch FROM clock_timestamp())::float8 AS now;
