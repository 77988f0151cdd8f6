-- Labels as an older schema holds them (tests/integration/test_training_consent.py).

-- name: test_insert_feedback
INSERT INTO finding_feedback (tenant_id, project, fingerprint, status, updated_by)
VALUES (%(tenant_id)s, 'shop', %(fingerprint)s, %(status)s, %(updated_by)s);

-- name: test_feedback_labels
SELECT fingerprint, labelled_by, label_scope, confirmed_by
FROM finding_feedback WHERE tenant_id = %(tenant_id)s ORDER BY fingerprint;

-- name: test_training_opt_out
SELECT training_opt_out FROM tenant WHERE id = %(id)s;
