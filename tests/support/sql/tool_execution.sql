-- Tool runs as tests read them back.

-- name: test_tool_executions
SELECT id, tenant_id, task_id, agent, argv, exit_code, output, key_version,
       violations, outcome, reason, metrics_json, duration_ms, cpu_time_ms, peak_rss_bytes
FROM tool_execution
WHERE scan_id = %(scan_id)s
ORDER BY id;
