-- Bounded triage (issue 16): one upload with ~20,000 High findings started one model
-- call per finding and held the shared model for hours. Now a scan sends at most
-- SECURETAG_TRIAGE_MAX_FINDINGS_PER_SCAN findings to the model (highest severity, then
-- confidence, first); the rest are recorded here, never dropped in silence. Identical
-- prompts within a scan are asked once and the answer shared (prompt_sha256,
-- shared_from), and the scan keeps a summary of its triage (triage_summary).

-- A finding the model was not asked about, and why. `reason` is a code the API
-- explains: 'scan_cap' (the scan had more findings to triage than its cap, and this
-- one ranked below the cap). No tenant text here, so nothing is sealed.
CREATE TABLE finding_not_triaged (
    finding_id  uuid PRIMARY KEY REFERENCES finding (id) ON DELETE CASCADE,
    tenant_id   uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    scan_id     uuid NOT NULL REFERENCES scan (id) ON DELETE CASCADE,
    reason      text NOT NULL CHECK (reason = ANY (ARRAY['scan_cap'])),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX finding_not_triaged_scan_idx ON finding_not_triaged (scan_id);

ALTER TABLE finding_not_triaged ENABLE ROW LEVEL SECURITY;
ALTER TABLE finding_not_triaged FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON finding_not_triaged TO securetag_api
    USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
CREATE POLICY worker_all ON finding_not_triaged TO securetag_worker USING (true) WITH CHECK (true);
CREATE POLICY admin_all ON finding_not_triaged TO securetag_admin USING (true) WITH CHECK (true);
GRANT SELECT ON finding_not_triaged TO securetag_api;
GRANT SELECT, INSERT, UPDATE, DELETE ON finding_not_triaged TO securetag_worker, securetag_admin;

-- The SHA-256 of the prompt a verdict answers (the messages as sent, secrets already
-- redacted), so a finding of the same scan whose prompt is identical gets that verdict
-- without asking the model again; like a finding's fingerprint, a digest of code, not
-- the code. `shared_from`: the finding whose prompt the model answered, for a verdict
-- given that way (the dataset export leaves those copies out). NULL for older rows.
ALTER TABLE finding_triage
    ADD COLUMN prompt_sha256 bytea CHECK (prompt_sha256 IS NULL OR length(prompt_sha256) = 32),
    ADD COLUMN shared_from uuid;
CREATE INDEX finding_triage_prompt_idx ON finding_triage (scan_id, prompt_sha256)
    WHERE prompt_sha256 IS NOT NULL AND shared_from IS NULL;

-- What the triage task did with the scan's findings, counted (written by the task as it
-- goes; securetag/scanning/store.py documents the shape). NULL before triage starts,
-- for scans with nothing to triage, and for scans triaged before this migration.
ALTER TABLE scan ADD COLUMN triage_summary jsonb
    CHECK (triage_summary IS NULL OR jsonb_typeof(triage_summary) = 'object');
