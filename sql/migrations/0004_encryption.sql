-- Encryption at rest (securetag/crypto.py, securetag/vault.py): per-tenant data
-- keys wrapped by the operator's master keys, sealed columns that carry the
-- version of the data key that sealed them, and the encrypted context store.

-- One row per tenant and data-key version. `wrapped` is the data key under the
-- master key `master_version`; the database never sees a master key or an
-- unwrapped data key. Deleting a tenant's rows here is crypto-shredding: every
-- copy of its ciphertext, backups included, becomes unreadable.
CREATE TABLE tenant_key (
    tenant_id       uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    version         integer NOT NULL CHECK (version >= 1),
    master_version  text NOT NULL CHECK (master_version ~ '^v[1-9][0-9]*$'),
    wrapped         bytea NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    rewrapped_at    timestamptz,
    PRIMARY KEY (tenant_id, version)
);
CREATE INDEX tenant_key_master_idx ON tenant_key (master_version);

-- Sealed columns. key_version is the data-key version in the ciphertext's
-- header, kept beside it so rewrap finds stale rows by index and `keys status`
-- counts them; NULL marks a value stored before this migration, still plain,
-- which `securetag keys rewrap` seals.
ALTER TABLE upload ADD COLUMN key_version integer;
CREATE INDEX upload_key_version_idx ON upload (tenant_id, key_version);

-- A web target may carry credentials (user:password@, tokens in the query).
ALTER TABLE scan ALTER COLUMN target_url TYPE bytea USING convert_to(target_url, 'UTF8');
ALTER TABLE scan ADD COLUMN key_version integer;
CREATE INDEX scan_key_version_idx ON scan (tenant_id, key_version)
    WHERE target_url IS NOT NULL;

-- What agents hand each other within a task or a scan (scanner output ->
-- triage), by (tenant, scope, key), with an optional expiry. `value` is sealed
-- with associated data binding tenant, scope and key.
CREATE TABLE context_entry (
    tenant_id    uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    scope        text NOT NULL CHECK (scope ~ '^(task|scan):[A-Za-z0-9-]{1,64}$'),
    key          text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    value        bytea NOT NULL,
    key_version  integer NOT NULL,
    expires_at   timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, scope, key)
);
CREATE INDEX context_entry_expiry_idx ON context_entry (expires_at)
    WHERE expires_at IS NOT NULL;
CREATE INDEX context_entry_key_version_idx ON context_entry (tenant_id, key_version);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['tenant_key', 'context_entry'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I TO securetag_api '
                       'USING (tenant_id = current_tenant_id()) '
                       'WITH CHECK (tenant_id = current_tenant_id())', t);
        EXECUTE format('CREATE POLICY admin_all ON %I TO securetag_admin '
                       'USING (true) WITH CHECK (true)', t);
    END LOOP;
END
$$;
-- Workers open any tenant's keys (they run every tenant's tasks), but read and
-- write context entries only inside the scope of the task's tenant: the store
-- always sets it, so isolation there does not rest on a WHERE clause alone.
-- Purging expired entries across tenants is the admin's cleanup job.
CREATE POLICY worker_all ON tenant_key TO securetag_worker USING (true) WITH CHECK (true);
CREATE POLICY worker_tenant ON context_entry TO securetag_worker
    USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());

-- The API and workers create a tenant's first data key on first use; only the
-- admin (rotation, shredding) changes or removes keys.
GRANT SELECT, INSERT ON tenant_key TO securetag_api, securetag_worker;
GRANT SELECT, INSERT, UPDATE, DELETE ON tenant_key, context_entry TO securetag_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON context_entry TO securetag_worker;
