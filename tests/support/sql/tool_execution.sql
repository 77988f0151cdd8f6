-- Tool runs as tests read them back.

-- name: test_tool_executions
SELECT id, tenant_id, task_id, agent, argv, exit_code, output, key_version,
       violations, outcome, reason, metrics_json, duration_ms, cpu_time_ms, peak_rss_bytes
FROM tool_execution
WHERE scan_id = %(scan_id)s
ORDER BY id;

-- name: test_insert_tool_execution_metrics
-- A bare scanner run with the given metrics (an upgrade test's row of an older schema).
INSERT INTO tool_execution (id, tenant_id, agent, output, started_at, finished_at, duration_ms,
                            outcome, metrics_json)
VALUES (gen_random_uuid(), %(tenant_id)s, %(agent)s, '\x00'::bytea, now(), now(), 1, 'ok',
        %(metrics_json)s::jsonb)
RETURNING id;

-- name: test_tool_execution_metrics
SELECT metrics_json FROM tool_execution WHERE id = %(id)s;

-- name: test_tool_execution_times
-- When each agent of a scan ran (to tell whether they overlapped).
SELECT agent, argv, started_at, finished_at
FROM tool_execution
WHERE scan_id = %(scan_id)s
ORDER BY started_at;
