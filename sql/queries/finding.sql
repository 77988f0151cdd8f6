-- Findings, the model's verdicts on them (finding_triage) and a person's word on
-- an issue (finding_feedback), which follows its fingerprint across a project's
-- scans. securetag/scanning/store.py owns every statement here.

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

-- name: findings_to_triage
-- Findings of the scan at the triaged severities still in the code, without a
-- verdict yet, and without a person's settling word on the issue (which the model
-- never overrides).
SELECT f.id, f.fingerprint, f.rule_id, f.title, f.severity, f.cwe, f.path, f.start_line,
       f.end_line, f.detail, f.key_version
FROM finding f
JOIN scan s ON s.id = f.scan_id
WHERE f.scan_id = %(scan_id)s
  AND f.severity = ANY(%(severities)s)
  AND f.status <> 'fixed'
  AND NOT EXISTS (SELECT 1 FROM finding_triage t WHERE t.finding_id = f.id)
  AND NOT EXISTS (
      SELECT 1 FROM finding_feedback b
      WHERE b.tenant_id = f.tenant_id AND b.project = s.project AND b.fingerprint = f.fingerprint
        AND (b.status = ANY(%(settled)s) OR b.verdict_correct IS NOT NULL)
  )
ORDER BY f.position;

-- name: insert_finding_triage
INSERT INTO finding_triage (finding_id, tenant_id, scan_id, fingerprint, verdict, confidence,
                            model, repaired, detail, key_version)
VALUES (%(finding_id)s, %(tenant_id)s, %(scan_id)s, %(fingerprint)s, %(verdict)s,
        %(confidence)s, %(model)s, %(repaired)s, %(detail)s, %(key_version)s)
ON CONFLICT (finding_id) DO NOTHING;
