-- Scanning: every agent run (tool_execution) and the normalized findings of a scan.
-- Sealed columns (securetag/vault.py) carry the data-key version in key_version.

-- One row per agent run (and, from the triage work on, per LLM call). `output`
-- is stdout and stderr, each capped, sealed together (securetag/orchestrator.py
-- pack_output); argv never holds tenant data (paths inside the sandbox, a web
-- target as {target}). metrics_json follows the versioned schema documented in
-- securetag/orchestrator.py (METRICS_SCHEMA). The id is chosen by the writer
-- because the seal binds it.
CREATE TABLE tool_execution (
    id                uuid PRIMARY KEY,
    tenant_id         uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    task_id           bigint,
    scan_id           uuid REFERENCES scan (id) ON DELETE CASCADE,
    agent             text NOT NULL,
    kind              text NOT NULL DEFAULT 'scanner' CHECK (kind IN ('scanner', 'llm')),
    argv              jsonb NOT NULL DEFAULT '[]'::jsonb,
    exit_code         integer,
    output            bytea NOT NULL,
    stdout_truncated  boolean NOT NULL DEFAULT false,
    stderr_truncated  boolean NOT NULL DEFAULT false,
    key_version       integer,
    started_at        timestamptz NOT NULL,
    finished_at       timestamptz NOT NULL,
    duration_ms       double precision NOT NULL,
    cpu_time_ms       double precision,
    peak_rss_bytes    bigint,
    violations        text[] NOT NULL DEFAULT '{}',
    outcome           text NOT NULL CHECK (outcome IN ('ok', 'failed', 'stopped')),
    reason            text,
    metrics_json      jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tool_execution_scan_idx ON tool_execution (scan_id);
CREATE INDEX tool_execution_agent_time_idx ON tool_execution (agent, started_at);
CREATE INDEX tool_execution_key_version_idx ON tool_execution (tenant_id, key_version);

-- Normalized, de-duplicated findings. Everything a tool quoted from the
-- tenant's code or target (message, snippet, tool facts) is sealed in `detail`
-- as JSON; what dashboards and filters need stays plain.
CREATE TABLE finding (
    id            uuid PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    scan_id       uuid NOT NULL REFERENCES scan (id) ON DELETE CASCADE,
    fingerprint   text NOT NULL,
    status        text NOT NULL CHECK (status IN ('new', 'existing', 'fixed')),
    tool          text NOT NULL,
    reported_by   text[] NOT NULL DEFAULT '{}',
    rule_id       text NOT NULL,
    title         text NOT NULL,
    severity      text NOT NULL CHECK (severity IN ('critical', 'high', 'medium', 'low', 'info')),
    confidence    text NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    cwe           text[] NOT NULL DEFAULT '{}',
    owasp         text[] NOT NULL DEFAULT '{}',
    path          text NOT NULL,
    start_line    integer NOT NULL,
    start_column  integer NOT NULL,
    end_line      integer NOT NULL,
    end_column    integer NOT NULL,
    fix_hint      text,
    detail        bytea NOT NULL,
    key_version   integer NOT NULL,
    position      integer NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (scan_id, fingerprint, status)
);
CREATE INDEX finding_scan_position_idx ON finding (scan_id, position);
CREATE INDEX finding_key_version_idx ON finding (tenant_id, key_version);

-- The findings of a scan compare with the tenant's previous finished scan of
-- the same project: this index finds it.
CREATE INDEX scan_previous_idx ON scan (tenant_id, project, type, finished_at DESC)
    WHERE state = 'succeeded';

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['tool_execution', 'finding'] LOOP
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

GRANT SELECT ON finding TO securetag_api;
GRANT SELECT, INSERT, UPDATE ON tool_execution TO securetag_worker;
GRANT SELECT, INSERT, UPDATE, DELETE ON finding TO securetag_worker;
GRANT SELECT, INSERT, UPDATE, DELETE ON tool_execution, finding TO securetag_admin;
