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

-- name: purge_tool_output
-- Tool output past retention: the row and its timings and metrics stay for the
-- dashboards and training statistics; the (sealed) output itself goes.
WITH doomed AS (
    SELECT e.id FROM tool_execution e
    JOIN tenant t ON t.id = e.tenant_id
    WHERE e.key_version IS NOT NULL
      AND e.finished_at < now() - make_interval(days => coalesce(t.retention_days, %(days)s))
    LIMIT %(limit)s
    FOR UPDATE OF e SKIP LOCKED
),
gone AS (
    UPDATE tool_execution e SET output = ''::bytea, key_version = NULL
    FROM doomed d WHERE e.id = d.id
    RETURNING e.id
)
SELECT count(*) AS purged FROM gone;
