-- Timings of one finished scan for tests/bench/small_scan_bench.py, on the server's clock.

-- name: bench_scan_timeline
-- created: the submitting transaction's start; claimed: the claim's clock_timestamp();
-- finished: the finishing transaction's start (after the findings were written).
SELECT s.state,
       extract(epoch FROM s.created_at) AS created,
       extract(epoch FROM t.started_at) AS claimed,
       extract(epoch FROM s.started_at) AS scan_started,
       extract(epoch FROM s.finished_at) AS finished,
       extract(epoch FROM t.finished_at) AS task_finished,
       s.progress
FROM scan s JOIN task t ON t.id = s.task_id
WHERE s.id = %(id)s;

-- name: bench_scan_tool_runs
SELECT agent, extract(epoch FROM started_at) AS started, extract(epoch FROM finished_at) AS finished,
       duration_ms
FROM tool_execution
WHERE scan_id = %(id)s AND kind = 'scanner'
ORDER BY started_at;

-- name: bench_unfinished_scans
SELECT count(*) FROM scan WHERE id = ANY(%(ids)s::uuid[]) AND state NOT IN ('succeeded', 'failed', 'timed_out', 'cancelled');

-- name: bench_scans_finished_span
-- From the first submission to the last finish, on the server's clock.
SELECT extract(epoch FROM max(finished_at) - min(created_at)) AS span_s,
       count(*) FILTER (WHERE state = 'succeeded') AS succeeded,
       (SELECT coalesce(sum(cpu_time_ms), 0) / 1000 FROM tool_execution
        WHERE scan_id = ANY(%(ids)s::uuid[]) AND kind = 'scanner') AS tool_cpu_s
FROM scan WHERE id = ANY(%(ids)s::uuid[]);
