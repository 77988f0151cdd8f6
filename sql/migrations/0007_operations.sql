-- Operations: the read-only ops role, retention, aggregates that outlive purged
-- rows, rate-limit rejection counts, and indexes the psql dashboards
-- (sql/dashboards/, re-created by every `securetag migrate`) need at scale.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'securetag_ops') THEN
        CREATE ROLE securetag_ops NOLOGIN;
    END IF;
END
$$;
GRANT securetag_ops TO securetag_admin;

-- Days to keep a tenant's uploads and tool output; NULL: the service default.
ALTER TABLE tenant ADD COLUMN retention_days integer CHECK (retention_days > 0);

-- What purged finished tasks leave behind for the dashboards: per day, type and
-- final state, how many and how long they ran.
CREATE TABLE ops_task_daily (
    day           date NOT NULL,
    type          text NOT NULL,
    state         task_state NOT NULL,
    tasks         bigint NOT NULL,
    run_seconds   double precision NOT NULL,
    PRIMARY KEY (day, type, state)
);

-- 429s per API key and minute (written by api_admit in the same statement that
-- refuses the request). UNLOGGED like rate_limit: monitoring data, not records.
CREATE UNLOGGED TABLE rate_limit_rejection (
    minute   timestamptz NOT NULL,
    key      text NOT NULL,
    refused  bigint NOT NULL DEFAULT 1,
    PRIMARY KEY (minute, key)
);
GRANT SELECT, INSERT, UPDATE ON rate_limit_rejection TO securetag_api;
GRANT SELECT, DELETE ON rate_limit_rejection TO securetag_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON ops_task_daily TO securetag_admin;

-- The outcome of each `securetag audit verify`, for the audit-chain dashboard.
CREATE TABLE ops_audit_verification (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    ok          boolean NOT NULL,
    rows        bigint NOT NULL,
    head_seq    bigint,
    problem     text
);
GRANT SELECT, INSERT ON ops_audit_verification TO securetag_admin;

-- Queue depth and oldest waiting task per type without reading finished rows.
CREATE INDEX task_active_idx ON task (type, state, created_at)
    WHERE state IN ('queued', 'running', 'retrying');
-- Time-window dashboards over agent and LLM runs.
CREATE INDEX tool_execution_started_idx ON tool_execution (started_at);

CREATE OR REPLACE FUNCTION api_admit(p_key_id text, p_presented_hmac bytea,
                                     p_default_per_minute integer, p_burst integer)
RETURNS TABLE (id text, tenant_id uuid, secret_hmac bytea, scopes text[],
               expires_at timestamptz, revoked_at timestamptz, per_minute integer,
               allowed boolean, ahead_us bigint)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    caller record;
    v_per_minute integer;
    v_emission_us bigint;
    v_allowed boolean;
    v_ahead_us bigint;
BEGIN
    SELECT * INTO caller FROM api_key_authenticate(p_key_id, p_presented_hmac);
    IF NOT FOUND THEN
        RETURN;
    END IF;
    v_per_minute := coalesce(caller.key_rate_limit, caller.tenant_rate_limit, p_default_per_minute);
    IF caller.secret_hmac = p_presented_hmac AND caller.revoked_at IS NULL
       AND (caller.expires_at IS NULL OR caller.expires_at > now()) THEN
        -- round(60e6 / per_minute) in integers, exactly as ratelimit.emission_interval_us.
        v_emission_us := greatest(1, (120000000 + v_per_minute) / (2 * v_per_minute));
        SELECT r.allowed, r.ahead_us INTO v_allowed, v_ahead_us
        FROM rate_limit_take('key:' || caller.id, v_emission_us, v_emission_us * (p_burst - 1)) r;
        IF NOT v_allowed THEN
            INSERT INTO rate_limit_rejection AS j (minute, key)
            VALUES (date_trunc('minute', now()), caller.id)
            ON CONFLICT (minute, key) DO UPDATE SET refused = j.refused + 1;
        END IF;
    END IF;
    RETURN QUERY SELECT caller.id, caller.tenant_id, caller.secret_hmac, caller.scopes,
                        caller.expires_at, caller.revoked_at, v_per_minute, v_allowed, v_ahead_us;
END;
$$;
