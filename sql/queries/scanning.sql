-- The orchestrator (securetag/scanning/task.py), as the worker role: scans in
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
INSERT INTO tool_execution (id, tenant_id, task_id, scan_id, agent, kind, argv, exit_code, output,
                            stdout_truncated, stderr_truncated, key_version,
                            started_at, finished_at, duration_ms, cpu_time_ms,
                            peak_rss_bytes, violations, outcome, reason, metrics_json)
VALUES (%(id)s, %(tenant_id)s, %(task_id)s, %(scan_id)s, %(agent)s, %(kind)s, %(argv)s::jsonb,
        %(exit_code)s, %(output)s, %(stdout_truncated)s, %(stderr_truncated)s, %(key_version)s,
        %(started_at)s, %(finished_at)s, %(duration_ms)s, %(cpu_time_ms)s, %(peak_rss_bytes)s,
        %(violations)s, %(outcome)s, %(reason)s, %(metrics_json)s::jsonb)
RETURNING id;

-- API reads (tenant scope set by the caller).

-- name: scan_findings_page
-- With the model's verdict (sealed detail) and a person's word on the issue,
-- which follows its fingerprint across the project's scans.
SELECT f.id, f.fingerprint, f.status, f.tool, f.reported_by, f.rule_id, f.title, f.severity,
       f.confidence, f.cwe, f.owasp, f.path, f.start_line, f.start_column, f.end_line,
       f.end_column, f.fix_hint, f.detail, f.key_version, f.position,
       t.verdict AS triage_verdict, t.confidence AS triage_confidence, t.model AS triage_model,
       t.detail AS triage_detail, t.key_version AS triage_key_version,
       b.status AS review_status, b.verdict_correct AS review_verdict_correct,
       b.note AS review_note, b.key_version AS review_key_version,
       b.updated_at AS review_updated_at, s.project
FROM finding f
JOIN scan s ON s.id = f.scan_id
LEFT JOIN finding_triage t ON t.finding_id = f.id
LEFT JOIN finding_feedback b
       ON b.tenant_id = f.tenant_id AND b.project = s.project AND b.fingerprint = f.fingerprint
WHERE f.scan_id = %(scan_id)s AND f.tenant_id = current_tenant_id() AND f.position > %(after)s
ORDER BY f.position
LIMIT %(limit)s;

-- name: finding_for_feedback
SELECT f.id, f.fingerprint, f.scan_id, s.project
FROM finding f
JOIN scan s ON s.id = f.scan_id
WHERE f.id = %(id)s AND f.tenant_id = current_tenant_id();

-- name: upsert_finding_feedback
INSERT INTO finding_feedback (tenant_id, project, fingerprint, status, verdict_correct, note,
                              key_version, finding_id, updated_by)
VALUES (current_tenant_id(), %(project)s, %(fingerprint)s, %(status)s, %(verdict_correct)s,
        %(note)s, %(key_version)s, %(finding_id)s, %(updated_by)s)
ON CONFLICT (tenant_id, project, fingerprint) DO UPDATE
SET status = EXCLUDED.status, verdict_correct = EXCLUDED.verdict_correct,
    note = EXCLUDED.note, key_version = EXCLUDED.key_version,
    finding_id = EXCLUDED.finding_id, updated_by = EXCLUDED.updated_by, updated_at = now();

-- name: finding_feedback_of
SELECT status, verdict_correct, note, key_version
FROM finding_feedback
WHERE tenant_id = current_tenant_id() AND project = %(project)s AND fingerprint = %(fingerprint)s;

-- name: test_tool_executions
SELECT id, tenant_id, task_id, agent, argv, exit_code, output, key_version,
       violations, outcome, reason, metrics_json, duration_ms, cpu_time_ms, peak_rss_bytes
FROM tool_execution
WHERE scan_id = %(scan_id)s
ORDER BY id;

-- name: scan_triage_state
UPDATE scan SET triage_state = %(triage_state)s WHERE id = %(id)s;

-- Triage (securetag/triage/task.py).

-- name: findings_to_triage
-- High and Critical findings of the scan still in the code, without a verdict
-- yet, and without a person's word on the issue (which the model never overrides).
SELECT f.id, f.fingerprint, f.rule_id, f.title, f.severity, f.cwe, f.path, f.start_line,
       f.end_line, f.detail, f.key_version
FROM finding f
JOIN scan s ON s.id = f.scan_id
WHERE f.scan_id = %(scan_id)s
  AND f.severity IN ('critical', 'high')
  AND f.status <> 'fixed'
  AND NOT EXISTS (SELECT 1 FROM finding_triage t WHERE t.finding_id = f.id)
  AND NOT EXISTS (
      SELECT 1 FROM finding_feedback b
      WHERE b.tenant_id = f.tenant_id AND b.project = s.project AND b.fingerprint = f.fingerprint
        AND (b.status IN ('false_positive', 'accepted_risk', 'fixed') OR b.verdict_correct IS NOT NULL)
  )
ORDER BY f.position;

-- name: insert_finding_triage
INSERT INTO finding_triage (finding_id, tenant_id, scan_id, fingerprint, verdict, confidence,
                            model, repaired, detail, key_version)
VALUES (%(finding_id)s, %(tenant_id)s, %(scan_id)s, %(fingerprint)s, %(verdict)s,
        %(confidence)s, %(model)s, %(repaired)s, %(detail)s, %(key_version)s)
ON CONFLICT (finding_id) DO NOTHING;
