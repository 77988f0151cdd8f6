-- Tenants, API keys, scans and uploads, row-level tenant isolation, the
-- hash-chained audit log and the shared rate-limit state.
--
-- Three roles, none superuser, none BYPASSRLS, none owning a table:
--   securetag_api     the HTTP API; sees only the rows of the tenant named by
--                     set_config('app.tenant_id', ..., true) in its transaction
--   securetag_worker  workers; reach every tenant's rows through explicit
--                     policies (they never face the internet)
--   securetag_admin   granted to whoever runs migrations, for the admin CLI
--                     (FORCE ROW LEVEL SECURITY applies to table owners too)

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'securetag_api') THEN
        CREATE ROLE securetag_api LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'securetag_worker') THEN
        CREATE ROLE securetag_worker LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'securetag_admin') THEN
        CREATE ROLE securetag_admin NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
END
$$;

GRANT securetag_admin TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO securetag_api, securetag_worker, securetag_admin;

-- The tenant a transaction acts for; NULL outside any tenant scope.
CREATE FUNCTION current_tenant_id() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid
$$;

-- --------------------------------------------------------------------------- tenants and keys

CREATE TABLE tenant (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name                   text NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
    -- NULL: the service default (SECURETAG_RATE_LIMIT_PER_MINUTE).
    rate_limit_per_minute  integer CHECK (rate_limit_per_minute > 0),
    created_at             timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_key (
    id                     text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9]{12}$'),
    tenant_id              uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    name                   text NOT NULL DEFAULT '',
    -- HMAC-SHA256 of the secret under the server's pepper; the secret itself is never stored.
    secret_hmac            bytea NOT NULL CHECK (length(secret_hmac) = 32),
    scopes                 text[] NOT NULL,
    rate_limit_per_minute  integer CHECK (rate_limit_per_minute > 0),
    created_at             timestamptz NOT NULL DEFAULT now(),
    expires_at             timestamptz,
    revoked_at             timestamptz,
    last_used_at           timestamptz
);
CREATE INDEX api_key_tenant_idx ON api_key (tenant_id);

-- --------------------------------------------------------------------------- scans

CREATE TYPE scan_type AS ENUM ('code_audit', 'web_scan');

CREATE TABLE scan (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id        uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    type             scan_type NOT NULL,
    project          text NOT NULL CHECK (length(project) BETWEEN 1 AND 200),
    state            task_state NOT NULL DEFAULT 'queued',
    task_id          bigint,
    target_url       text,
    profile          text,
    -- {"stage": {"state": ..., "started_at": ..., "finished_at": ...}} per stage.
    progress         jsonb NOT NULL DEFAULT '{}'::jsonb,
    severity_counts  jsonb NOT NULL DEFAULT '{}'::jsonb,
    error            text,
    created_by       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    CHECK ((type = 'web_scan') = (target_url IS NOT NULL))
);
-- Listing newest first with a (created_at, id) cursor, optionally per project.
CREATE INDEX scan_tenant_created_idx ON scan (tenant_id, created_at DESC, id DESC);
CREATE INDEX scan_tenant_project_idx ON scan (tenant_id, project, created_at DESC, id DESC);
CREATE INDEX scan_task_idx ON scan (task_id);

CREATE TABLE upload (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id       uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    scan_id         uuid NOT NULL REFERENCES scan (id) ON DELETE CASCADE,
    filename        text NOT NULL,
    archive_format  text NOT NULL CHECK (archive_format IN ('zip', 'tar', 'tar.gz')),
    size_bytes      bigint NOT NULL CHECK (size_bytes >= 0),
    sha256          bytea NOT NULL CHECK (length(sha256) = 32),
    content         bytea NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX upload_scan_idx ON upload (scan_id);

-- --------------------------------------------------------------------------- audit log

-- Append-only and hash-chained: each row stores the previous row's hash and
-- its own over a canonical form (see securetag/audit.py, which verifies it).
CREATE TABLE audit_log (
    seq          bigint PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT clock_timestamp(),
    tenant_id    uuid,
    actor        text NOT NULL,
    action       text NOT NULL,
    target       text NOT NULL DEFAULT '',
    outcome      text NOT NULL,
    request_id   text NOT NULL DEFAULT '',
    client_addr  text NOT NULL DEFAULT '',
    details      text NOT NULL DEFAULT '{}',
    prev_hash    bytea NOT NULL,
    hash         bytea NOT NULL
);
CREATE INDEX audit_log_tenant_idx ON audit_log (tenant_id, seq) WHERE tenant_id IS NOT NULL;

-- The chain's head: one row, locked by each insert so the chain is a line.
CREATE TABLE audit_head (
    only_row   boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    seq        bigint NOT NULL,
    hash       bytea NOT NULL
);
INSERT INTO audit_head (seq, hash) VALUES (0, '\x0000000000000000000000000000000000000000000000000000000000000000');

-- Length-prefixed fields, so no value can imitate a separator.
CREATE FUNCTION audit_canonical(seq bigint, at timestamptz, tenant_id uuid, actor text,
                                action text, target text, outcome text, request_id text,
                                client_addr text, details text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT string_agg(length(f)::text || ':' || f, '|' ORDER BY n)
    FROM unnest(ARRAY[
        seq::text,
        to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        coalesce(tenant_id::text, ''), actor, action, target, outcome, request_id,
        client_addr, details
    ]) WITH ORDINALITY AS u(f, n)
$$;

CREATE FUNCTION audit_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    head audit_head%ROWTYPE;
BEGIN
    SELECT * INTO head FROM audit_head FOR UPDATE;
    NEW.seq := head.seq + 1;
    NEW.at := date_trunc('microseconds', NEW.at);
    NEW.prev_hash := head.hash;
    NEW.hash := sha256(head.hash || convert_to(audit_canonical(
        NEW.seq, NEW.at, NEW.tenant_id, NEW.actor, NEW.action, NEW.target, NEW.outcome,
        NEW.request_id, NEW.client_addr, NEW.details), 'UTF8'));
    UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash;
    RETURN NEW;
END;
$$;

CREATE TRIGGER audit_chain BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_chain();

CREATE FUNCTION audit_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- --------------------------------------------------------------------------- rate limits

-- GCRA state per limiter key ("key:<id>", "tenant:<id>"): the theoretical
-- arrival time. UNLOGGED: losing it in a crash only forgives some requests.
CREATE UNLOGGED TABLE rate_limit (
    key  text PRIMARY KEY,
    tat  timestamptz NOT NULL
);

-- --------------------------------------------------------------------------- isolation

ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_self ON tenant TO securetag_api
    USING (id = current_tenant_id());

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['task', 'api_key', 'scan', 'upload'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I TO securetag_api '
                       'USING (tenant_id = current_tenant_id()) '
                       'WITH CHECK (tenant_id = current_tenant_id())', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['task', 'scan', 'upload', 'tenant'] LOOP
        EXECUTE format('CREATE POLICY worker_all ON %I TO securetag_worker '
                       'USING (true) WITH CHECK (true)', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['task', 'api_key', 'scan', 'upload', 'tenant', 'audit_log'] LOOP
        EXECUTE format('CREATE POLICY admin_all ON %I TO securetag_admin '
                       'USING (true) WITH CHECK (true)', t);
    END LOOP;
END
$$;

-- Authentication happens before the tenant is known: the API may read (and
-- stamp last_used_at on) exactly the key whose id the caller presented.
CREATE POLICY api_key_presented ON api_key FOR SELECT TO securetag_api
    USING (id = NULLIF(current_setting('app.presented_key_id', true), ''));
CREATE POLICY api_key_presented_touch ON api_key FOR UPDATE TO securetag_api
    USING (id = NULLIF(current_setting('app.presented_key_id', true), ''))
    WITH CHECK (id = NULLIF(current_setting('app.presented_key_id', true), ''));

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
-- The API records events of its current tenant, or of no tenant (failed authentication).
CREATE POLICY audit_api_insert ON audit_log FOR INSERT TO securetag_api
    WITH CHECK (tenant_id IS NOT DISTINCT FROM current_tenant_id());
CREATE POLICY audit_worker_insert ON audit_log FOR INSERT TO securetag_worker
    WITH CHECK (true);

-- --------------------------------------------------------------------------- privileges

GRANT SELECT ON schema_migration TO securetag_api, securetag_worker, securetag_admin;
GRANT SELECT ON tenant TO securetag_api, securetag_worker;
GRANT SELECT, UPDATE (last_used_at) ON api_key TO securetag_api;
GRANT SELECT, INSERT, UPDATE ON task, scan TO securetag_api;
GRANT INSERT ON upload TO securetag_api;
GRANT USAGE ON SEQUENCE task_id_seq TO securetag_api, securetag_worker;
GRANT INSERT ON audit_log TO securetag_api, securetag_worker;
GRANT SELECT, UPDATE ON audit_head TO securetag_api, securetag_worker;
GRANT SELECT, INSERT, UPDATE ON rate_limit TO securetag_api;

GRANT SELECT, INSERT, UPDATE, DELETE ON task, worker, scan TO securetag_worker;
GRANT SELECT ON upload TO securetag_worker;

GRANT SELECT, INSERT, UPDATE, DELETE ON tenant, api_key, scan, upload, task, worker
    TO securetag_admin;
GRANT SELECT, INSERT ON audit_log TO securetag_admin;
GRANT SELECT, UPDATE ON audit_head TO securetag_admin;
GRANT USAGE ON SEQUENCE task_id_seq TO securetag_admin;

-- --------------------------------------------------------------------------- authentication

-- One round trip per request: scope the statement to the presented key, read
-- it and its tenant's rate limit, and stamp last_used_at (at most once a
-- minute, and only when the presented secret's HMAC matches). The API still
-- decides with a constant-time comparison of the HMAC it gets back.
CREATE FUNCTION api_key_authenticate(p_key_id text, p_presented_hmac bytea)
RETURNS TABLE (id text, tenant_id uuid, secret_hmac bytea, scopes text[],
               expires_at timestamptz, revoked_at timestamptz,
               key_rate_limit integer, tenant_rate_limit integer)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    presented api_key%ROWTYPE;
BEGIN
    PERFORM set_config('app.presented_key_id', p_key_id, true);
    SELECT * INTO presented FROM api_key k WHERE k.id = p_key_id;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    PERFORM set_config('app.tenant_id', presented.tenant_id::text, true);
    IF presented.secret_hmac = p_presented_hmac AND presented.revoked_at IS NULL
       AND (presented.expires_at IS NULL OR presented.expires_at > now())
       AND (presented.last_used_at IS NULL OR presented.last_used_at < now() - interval '60 seconds') THEN
        UPDATE api_key k SET last_used_at = now() WHERE k.id = p_key_id;
    END IF;
    RETURN QUERY
        SELECT presented.id, presented.tenant_id, presented.secret_hmac, presented.scopes, presented.expires_at,
               presented.revoked_at, presented.rate_limit_per_minute, t.rate_limit_per_minute
        FROM tenant t WHERE t.id = presented.tenant_id;
END;
$$;
