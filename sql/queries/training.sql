-- Fine-tuning data (securetag/training/export.py), read by the admin: every stored
-- triage with its finding, project, tenant opt-out and a person's word on it, with who gave
-- that word (label_scope) and whether an operator confirmed it.

-- name: dataset_triage_rows
SELECT t.finding_id, t.tenant_id, n.training_opt_out, s.project, t.fingerprint, f.rule_id,
       f.cwe, f.severity, t.created_at, t.verdict, t.detail, t.key_version,
       b.status AS feedback_status, b.verdict_correct, b.label_scope,
       b.confirmed_at IS NOT NULL AS label_confirmed
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

-- name: dataset_labels
-- A person's word on each issue, for an operator deciding which labels to confirm:
-- `pending` keeps those that would not reach a dataset now (neither from a labels:train key
-- nor confirmed).
SELECT n.name AS tenant, b.tenant_id, b.project, b.fingerprint, b.status, b.verdict_correct,
       b.labelled_by, b.label_scope, b.confirmed_by, b.confirmed_at, b.updated_at,
       f.rule_id, f.path, f.start_line
FROM finding_feedback b
JOIN tenant n ON n.id = b.tenant_id
LEFT JOIN finding f ON f.id = b.finding_id
WHERE (%(tenant_id)s::uuid IS NULL OR b.tenant_id = %(tenant_id)s::uuid)
  AND (NOT %(pending)s OR (b.label_scope <> 'labels:train' AND b.confirmed_at IS NULL))
ORDER BY n.name, b.project, b.fingerprint;

-- name: confirm_label
-- An operator vouches for a label as they saw it: the row changes only while its status and
-- verdict_correct are still those, so a label the tenant changed meanwhile is not confirmed unseen.
UPDATE finding_feedback
SET confirmed_by = %(confirmed_by)s, confirmed_at = now()
WHERE tenant_id = %(tenant_id)s AND project = %(project)s AND fingerprint = %(fingerprint)s
  AND status = %(status)s AND verdict_correct IS NOT DISTINCT FROM %(verdict_correct)s::boolean
RETURNING tenant_id, project, fingerprint, status, verdict_correct, labelled_by, label_scope,
          confirmed_by, confirmed_at;

-- name: feedback_label_of
SELECT status, verdict_correct, label_scope, confirmed_at
FROM finding_feedback
WHERE tenant_id = %(tenant_id)s AND project = %(project)s AND fingerprint = %(fingerprint)s;
