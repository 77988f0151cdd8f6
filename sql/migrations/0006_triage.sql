-- LLM triage of High/Critical findings, human feedback, and training opt-out.

-- A tenant may keep its data out of the fine-tuning datasets.
ALTER TABLE tenant ADD COLUMN training_opt_out boolean NOT NULL DEFAULT false;

-- The model's verdict on one finding. `detail` is sealed JSON:
-- {"messages": [...], "response": "...", "rationale": "...", "recommended_fix": "...",
--  "raw": "..." (only when the answer had to be repaired or was unusable)}.
CREATE TABLE finding_triage (
    finding_id   uuid PRIMARY KEY REFERENCES finding (id) ON DELETE CASCADE,
    tenant_id    uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    scan_id      uuid NOT NULL REFERENCES scan (id) ON DELETE CASCADE,
    fingerprint  text NOT NULL,
    verdict      text NOT NULL CHECK (verdict IN ('true_positive', 'false_positive', 'uncertain')),
    confidence   real NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    model        text NOT NULL,
    repaired     boolean NOT NULL DEFAULT false,
    detail       bytea NOT NULL,
    key_version  integer NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX finding_triage_scan_idx ON finding_triage (scan_id);
CREATE INDEX finding_triage_created_idx ON finding_triage (created_at);
CREATE INDEX finding_triage_key_version_idx ON finding_triage (tenant_id, key_version);

-- Whether a scan still waits for triage ('none' when nothing needed it).
ALTER TABLE scan ADD COLUMN triage_state text NOT NULL DEFAULT 'none'
    CHECK (triage_state IN ('none', 'pending', 'done'));

-- A person's word on an issue, keyed by its fingerprint within the project, so
-- it follows the issue into later scans. `note` is sealed (tenant text).
CREATE TABLE finding_feedback (
    tenant_id        uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    project          text NOT NULL,
    fingerprint      text NOT NULL,
    status           text NOT NULL
                     CHECK (status IN ('open', 'false_positive', 'accepted_risk', 'fixed')),
    verdict_correct  boolean,
    note             bytea,
    key_version      integer,
    finding_id       uuid,
    updated_by       text NOT NULL,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, project, fingerprint)
);
CREATE INDEX finding_feedback_key_version_idx ON finding_feedback (tenant_id, key_version);
CREATE INDEX finding_feedback_updated_idx ON finding_feedback (updated_at);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['finding_triage', 'finding_feedback'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I TO securetag_api '
                       'USING (tenant_id = current_tenant_id()) '
                       'WITH CHECK (tenant_id = current_tenant_id())', t);
        EXECUTE format('CREATE POLICY worker_all ON %I TO securetag_worker '
                       'USING (true) WITH CHECK (true)', t);
        EXECUTE format('CREATE POLICY admin_all ON %I TO securetag_admin '
                       'USING (true) WITH CHECK (true)', t);
    END LOOP;
END
$$;

GRANT SELECT ON finding_triage TO securetag_api;
GRANT SELECT, INSERT, UPDATE ON finding_feedback TO securetag_api;
GRANT SELECT, INSERT, UPDATE, DELETE ON finding_triage TO securetag_worker;
GRANT SELECT ON finding_feedback TO securetag_worker;
GRANT SELECT, INSERT, UPDATE, DELETE ON finding_triage, finding_feedback TO securetag_admin;
