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
-- With the model's verdict (sealed detail), or why the model was not asked, and a
-- person's word on the issue, which follows its fingerprint across the project's scans.
SELECT f.id, f.fingerprint, f.status, f.tool, f.reported_by, f.rule_id, f.title, f.severity,
       f.confidence, f.cwe, f.owasp, f.path, f.start_line, f.start_column, f.end_line,
       f.end_column, f.fix_hint, f.detail, f.key_version, f.position,
       t.verdict AS triage_verdict, t.confidence AS triage_confidence, t.model AS triage_model,
       t.detail AS triage_detail, t.key_version AS triage_key_version,
       t.shared_from AS triage_shared_from,
       x.reason AS not_triaged_reason, (s.triage_summary ->> 'cap')::int AS triage_cap,
       b.status AS review_status, b.verdict_correct AS review_verdict_correct,
       b.note AS review_note, b.key_version AS review_key_version,
       b.updated_at AS review_updated_at, s.project
FROM finding f
JOIN scan s ON s.id = f.scan_id
LEFT JOIN finding_triage t ON t.finding_id = f.id
LEFT JOIN finding_not_triaged x ON x.finding_id = f.id
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
-- %(labelled)s: the request stated the label (status or verdict_correct); then its key becomes
-- the label's giver, with its scope (training trusts only 'labels:train'). A note-only change
-- keeps the giver. An operator's confirmation is dropped as soon as the label's value changes.
INSERT INTO finding_feedback (tenant_id, project, fingerprint, status, verdict_correct, note,
                              key_version, finding_id, updated_by, labelled_by, label_scope)
VALUES (current_tenant_id(), %(project)s, %(fingerprint)s, %(status)s, %(verdict_correct)s,
        %(note)s, %(key_version)s, %(finding_id)s, %(updated_by)s, %(updated_by)s,
        %(label_scope)s)
ON CONFLICT (tenant_id, project, fingerprint) DO UPDATE
SET status = EXCLUDED.status, verdict_correct = EXCLUDED.verdict_correct,
    note = EXCLUDED.note, key_version = EXCLUDED.key_version,
    finding_id = EXCLUDED.finding_id, updated_by = EXCLUDED.updated_by, updated_at = now(),
    labelled_by = CASE WHEN %(labelled)s THEN EXCLUDED.labelled_by
                       ELSE finding_feedback.labelled_by END,
    label_scope = CASE WHEN %(labelled)s THEN EXCLUDED.label_scope
                       ELSE finding_feedback.label_scope END,
    confirmed_by = CASE WHEN (finding_feedback.status, finding_feedback.verdict_correct)
                             IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.verdict_correct)
                        THEN NULL ELSE finding_feedback.confirmed_by END,
    confirmed_at = CASE WHEN (finding_feedback.status, finding_feedback.verdict_correct)
                             IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.verdict_correct)
                        THEN NULL ELSE finding_feedback.confirmed_at END;

-- name: finding_feedback_of
SELECT status, verdict_correct, note, key_version
FROM finding_feedback
WHERE tenant_id = current_tenant_id() AND project = %(project)s AND fingerprint = %(fingerprint)s;

-- name: mark_findings_over_triage_cap
-- The scan's findings to triage rank by severity, then the tool's confidence, then
-- position (the orders arrive as arrays, most important first); those ranked past
-- %(cap)s, without a verdict, are recorded as not triaged (reason 'scan_cap'). Findings
-- already triaged rank too, so a later attempt marks nothing new. Returns how many
-- it marked.
WITH eligible AS (
    SELECT f.id, f.tenant_id,
           row_number() OVER (
               ORDER BY array_position(%(severity_order)s::text[], f.severity),
                        array_position(%(confidence_order)s::text[], f.confidence),
                        f.position) AS rank
    FROM finding f
    JOIN scan s ON s.id = f.scan_id
    WHERE f.scan_id = %(scan_id)s
      AND f.severity = ANY(%(severities)s)
      AND f.status <> 'fixed'
      AND NOT EXISTS (
          SELECT 1 FROM finding_feedback b
          WHERE b.tenant_id = f.tenant_id AND b.project = s.project
            AND b.fingerprint = f.fingerprint
            AND (b.status = ANY(%(settled)s) OR b.verdict_correct IS NOT NULL)
      )
),
marked AS (
    INSERT INTO finding_not_triaged (finding_id, tenant_id, scan_id, reason)
    SELECT e.id, e.tenant_id, %(scan_id)s, 'scan_cap'
    FROM eligible e
    WHERE e.rank > %(cap)s
      AND NOT EXISTS (SELECT 1 FROM finding_triage t WHERE t.finding_id = e.id)
    ON CONFLICT (finding_id) DO NOTHING
    RETURNING finding_id
)
SELECT count(*)::int AS marked FROM marked;

-- name: findings_to_triage
-- Findings of the scan at the triaged severities still in the code, without a
-- verdict yet, not left out by the cap, and without a person's settling word on
-- the issue (which the model never overrides), in the cap's rank order.
SELECT f.id, f.fingerprint, f.rule_id, f.title, f.severity, f.cwe, f.path, f.start_line,
       f.end_line, f.detail, f.key_version
FROM finding f
JOIN scan s ON s.id = f.scan_id
WHERE f.scan_id = %(scan_id)s
  AND f.severity = ANY(%(severities)s)
  AND f.status <> 'fixed'
  AND NOT EXISTS (SELECT 1 FROM finding_triage t WHERE t.finding_id = f.id)
  AND NOT EXISTS (SELECT 1 FROM finding_not_triaged x WHERE x.finding_id = f.id)
  AND NOT EXISTS (
      SELECT 1 FROM finding_feedback b
      WHERE b.tenant_id = f.tenant_id AND b.project = s.project AND b.fingerprint = f.fingerprint
        AND (b.status = ANY(%(settled)s) OR b.verdict_correct IS NOT NULL)
  )
ORDER BY array_position(%(severity_order)s::text[], f.severity),
         array_position(%(confidence_order)s::text[], f.confidence),
         f.position;

-- name: answered_prompts
-- The prompts of this scan the model has answered (digest -> the finding it answered
-- for), so an identical prompt is not asked again.
SELECT prompt_sha256, finding_id
FROM finding_triage
WHERE scan_id = %(scan_id)s AND prompt_sha256 IS NOT NULL AND shared_from IS NULL;

-- name: finding_triage_of
SELECT finding_id, verdict, confidence, model, repaired, detail, key_version
FROM finding_triage
WHERE finding_id = %(finding_id)s;

-- name: insert_finding_triage
INSERT INTO finding_triage (finding_id, tenant_id, scan_id, fingerprint, verdict, confidence,
                            model, repaired, detail, key_version, prompt_sha256, shared_from)
VALUES (%(finding_id)s, %(tenant_id)s, %(scan_id)s, %(fingerprint)s, %(verdict)s,
        %(confidence)s, %(model)s, %(repaired)s, %(detail)s, %(key_version)s,
        %(prompt_sha256)s, %(shared_from)s)
ON CONFLICT (finding_id) DO NOTHING;
