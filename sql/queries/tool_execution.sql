-- Every tool run, scanner or LLM call, as fine-tuning data and evidence
-- (securetag/scanning/store.py, ScanStore.record_tool_run).

-- name: insert_tool_execution
INSERT INTO tool_execution (id, tenant_id, task_id, scan_id, agent, kind, argv, exit_code, output,
                            stdout_truncated, stderr_truncated, key_version,
                            started_at, finished_at, duration_ms, cpu_time_ms,
                            peak_rss_bytes, violations, outcome, reason, metrics_json)
VALUES (%(id)s, %(tenant_id)s, %(task_id)s, %(scan_id)s, %(agent)s, %(kind)s, %(argv)s::jsonb,
        %(exit_code)s, %(output)s, %(stdout_truncated)s, %(stderr_truncated)s, %(key_version)s,
        %(started_at)s, %(finished_at)s, %(duration_ms)s, %(cpu_time_ms)s, %(peak_rss_bytes)s,
        %(violations)s, %(outcome)s, %(reason)s, %(metrics_json)s::jsonb)
RETURNING id;
