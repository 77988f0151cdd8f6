-- Fine-tuning data (securetag/training/export.py), read by the admin: every stored
-- triage with its finding, project, tenant opt-out and a person's word on it.

-- name: dataset_triage_rows
SELECT t.finding_id, t.tenant_id, n.training_opt_out, s.project, t.fingerprint, f.rule_id,
       f.cwe, f.severity, t.created_at, t.verdict, t.detail, t.key_version,
       b.status AS feedback_status, b.verdict_correct
FROM finding_triage t
JOIN finding f ON f.id = t.finding_id
JOIN scan s ON s.id = t.scan_id
JOIN tenant n ON n.id = t.tenant_id
LEFT JOIN finding_feedback b
       ON b.tenant_id = t.tenant_id AND b.project = s.project AND b.fingerprint = t.fingerprint
WHERE t.shared_from IS NULL  -- a verdict shared with an identical prompt: the same example
  AND (%(since)s::timestamptz IS NULL OR t.created_at >= %(since)s::timestamptz)
  AND (%(tenant_id)s::uuid IS NULL OR t.tenant_id = %(tenant_id)s::uuid)
ORDER BY t.created_at, t.finding_id;
