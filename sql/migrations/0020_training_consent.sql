-- Training consent (issue 17, item 8): a tenant's data trains the shared model only when an
-- operator opted it in, and only labels someone trusted gave reach a dataset.

-- New tenants are out until `securetag tenant training NAME --opt-in`. The column keeps its
-- name (opt_out = true now means "not opted in"), so readers of older exports still know it.
ALTER TABLE tenant ALTER COLUMN training_opt_out SET DEFAULT true;

-- Existing tenants: an explicit choice is kept, the old implicit opt-in is not. Only a tenant
-- whose last `securetag tenant training` command (audited as tenant.training) opted it in stays
-- in; every tenant that was in merely by the old default is taken out, because nobody decided
-- that its code and its keys' labels may train a model other tenants use. An operator who
-- wants it back runs `securetag tenant training NAME --opt-in`.
UPDATE tenant t
SET training_opt_out = true
WHERE NOT t.training_opt_out
  AND NOT EXISTS (
      SELECT 1
      FROM (
          SELECT a.details
          FROM audit_log a
          WHERE a.action = 'tenant.training' AND a.target = t.id::text
          ORDER BY a.seq DESC
          LIMIT 1
      ) latest
      WHERE latest.details::jsonb ->> 'opt_out' = 'false'
  );

-- Who gave a label (the issue's status and verdict_correct), and whether an operator confirmed it.
-- label_scope is the strongest labelling scope the key held: 'labels:train' (a key an operator
-- issued for reviewers whose word may train the model) or 'findings:write' (any tenant key that
-- may review; its labels are kept and shown, never exported). A confirmation holds for the label
-- as it was confirmed and is dropped when the label changes (sql/queries/finding.sql).
ALTER TABLE finding_feedback
    ADD COLUMN labelled_by text,
    ADD COLUMN label_scope text NOT NULL DEFAULT 'findings:write'
        CHECK (label_scope IN ('findings:write', 'labels:train')),
    ADD COLUMN confirmed_by text,
    ADD COLUMN confirmed_at timestamptz,
    ADD CONSTRAINT finding_feedback_confirmed_together
        CHECK ((confirmed_by IS NULL) = (confirmed_at IS NULL));

-- Labels given before this migration came from keys that held findings:write and nothing more
-- could be said about them: they stay untrusted until an operator confirms them.
UPDATE finding_feedback SET labelled_by = updated_by;
ALTER TABLE finding_feedback ALTER COLUMN labelled_by SET NOT NULL;
