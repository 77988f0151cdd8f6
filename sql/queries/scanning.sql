-- The orchestrator (securetag/orchestrator.py), as the worker role: scans in
-- progress, their tool runs and their findings.

-- name: scan_for_task
SELECT id, tenant_id, type::text AS type, project, state::text AS state, target_url,
       key_version
FROM scan
WHERE id = %(scan_id)s;

-- name: upload_for_scan
SELECT id, archive_format, size_bytes, content, key_version
FROM upload
WHERE scan_id = %(scan_id)s;

-- name: scan_start
-- A retried attempt starts the scan again: earlier partial results are dropped
-- (findings and progress), tool_execution rows of every attempt stay.
WITH cleared AS (
    DELETE FROM finding WHERE scan_id = %(id)s
)
UPDATE scan
SET state = 'running', started_at = coalesce(started_at, now()), progress = '{}'::jsonb,
    error = NULL
WHERE id = %(id)s AND state IN ('queued', 'running', 'retrying');

-- name: scan_progress
UPDATE scan
SET progress = progress || jsonb_build_object(%(stage)s::text, %(entry)s::jsonb)
WHERE id = %(id)s;

-- name: scan_finish
-- Only a running scan finishes: one cancelled meanwhile stays cancelled.
UPDATE scan
SET state = %(state)s::task_state, finished_at = now(), severity_counts = %(counts)s::jsonb,
    error = %(error)s
WHERE id = %(id)s AND state = 'running'
RETURNING id;

-- name: scan_fail
UPDATE scan
SET state = 'failed', finished_at = now(), error = %(error)s
WHERE id = %(id)s AND state IN ('queued', 'running', 'retrying')
RETURNING id;

-- name: previous_scan_findings
-- The findings of the tenant's latest earlier succeeded scan of the same project
-- and type (not the ones it already listed as fixed).
SELECT f.id, f.tenant_id, f.fingerprint, f.tool, f.reported_by, f.rule_id, f.title,
       f.severity, f.confidence, f.cwe, f.owasp, f.path, f.start_line, f.start_column,
       f.end_line, f.end_column, f.fix_hint, f.detail, f.key_version
FROM finding f
WHERE f.status <> 'fixed'
  AND f.scan_id = (
      SELECT s.id FROM scan s
      WHERE s.tenant_id = %(tenant_id)s AND s.project = %(project)s
        AND s.type = %(type)s::scan_type AND s.state = 'succeeded' AND s.id <> %(scan_id)s
      ORDER BY s.finished_at DESC
      LIMIT 1
  )
ORDER BY f.position;

-- name: insert_finding
INSERT INTO finding (id, tenant_id, scan_id, fingerprint, status, tool, reported_by, rule_id,
                     title, severity, confidence, cwe, owasp, path, start_line, start_column,
                     end_line, end_column, fix_hint, detail, key_version, position)
VALUES (%(id)s, %(tenant_id)s, %(scan_id)s, %(fingerprint)s, %(status)s, %(tool)s,
        %(reported_by)s, %(rule_id)s, %(title)s, %(severity)s, %(confidence)s, %(cwe)s,
        %(owasp)s, %(path)s, %(start_line)s, %(start_column)s, %(end_line)s, %(end_column)s,
        %(fix_hint)s, %(detail)s, %(key_version)s, %(position)s);

-- name: insert_tool_execution
INSERT INTO tool_execution (id, tenant_id, task_id, scan_id, agent, argv, exit_code, output,
                            stdout_truncated, stderr_truncated, key_version,
                            started_at, finished_at, duration_ms, cpu_time_ms,
                            peak_rss_bytes, violations, outcome, reason, metrics_json)
VALUES (%(id)s, %(tenant_id)s, %(task_id)s, %(scan_id)s, %(agent)s, %(argv)s::jsonb,
        %(exit_code)s, %(output)s, %(stdout_truncated)s, %(stderr_truncated)s, %(key_version)s,
        %(started_at)s, %(finished_at)s, %(duration_ms)s, %(cpu_time_ms)s, %(peak_rss_bytes)s,
        %(violations)s, %(outcome)s, %(reason)s, %(metrics_json)s::jsonb)
RETURNING id;

-- API reads (tenant scope set by the caller).

-- name: scan_findings_page
SELECT id, fingerprint, status, tool, reported_by, rule_id, title, severity, confidence, cwe,
       owasp, path, start_line, start_column, end_line, end_column, fix_hint, detail,
       key_version, position
FROM finding
WHERE scan_id = %(scan_id)s AND tenant_id = current_tenant_id() AND position > %(after)s
ORDER BY position
LIMIT %(limit)s;

-- name: test_tool_executions
SELECT id, tenant_id, task_id, agent, argv, exit_code, output, key_version,
       violations, outcome, reason, metrics_json, duration_ms, cpu_time_ms, peak_rss_bytes
FROM tool_execution
WHERE scan_id = %(scan_id)s
ORDER BY id;
