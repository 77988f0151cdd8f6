-- The encrypted context store (securetag/store/context_store.py, table context_entry of
-- migration 0004): what agents hand each other within a task or a scan.
--
-- Every statement but the purge runs inside its tenant's scope (set_scope), and
-- names `tenant_id = current_tenant_id()` itself. For the API role row-level
-- security enforces the same condition; the worker role's policy admits every
-- tenant (workers serve them all), so for workers this condition is what keeps
-- one tenant's statement off another tenant's rows.
--
-- An expired row is absent as far as readers are concerned, whether or not the
-- purge has deleted it yet. Expiry is judged by the database clock (now()), so
-- hosts with skewed clocks agree on it.

-- name: context_upsert
-- `value` arrives sealed (securetag/store/vault.py) under data key `key_version`,
-- bound to the row id "<scope>/<key>". An overwrite replaces the expiry too: a
-- put without ttl_s makes the entry permanent.
INSERT INTO context_entry AS c (tenant_id, scope, key, value, key_version, expires_at)
VALUES (current_tenant_id(), %(scope)s, %(key)s, %(value)s, %(key_version)s,
        now() + %(ttl_s)s::float8 * interval '1 second')
ON CONFLICT (tenant_id, scope, key) DO UPDATE
SET value = EXCLUDED.value,
    key_version = EXCLUDED.key_version,
    expires_at = EXCLUDED.expires_at,
    updated_at = now()
WHERE c.tenant_id = current_tenant_id();

-- name: context_get
-- ttl_left_s lets the caller's cache expire the value with the row, measured on
-- the database clock rather than compared against the caller's own clock.
SELECT value, key_version,
       extract(epoch FROM expires_at - now())::float8 AS ttl_left_s
FROM context_entry
WHERE tenant_id = current_tenant_id()
  AND scope = %(scope)s AND key = %(key)s
  AND (expires_at IS NULL OR expires_at > now());

-- name: context_list
-- Sizes of the sealed values; the caller subtracts the sealing overhead.
SELECT key, length(value) AS sealed_bytes, expires_at, updated_at
FROM context_entry
WHERE tenant_id = current_tenant_id()
  AND scope = %(scope)s
  AND (expires_at IS NULL OR expires_at > now())
ORDER BY key;

-- name: context_delete
-- An expired row is deleted too, but reported as not having been there (live false).
DELETE FROM context_entry
WHERE tenant_id = current_tenant_id() AND scope = %(scope)s AND key = %(key)s
RETURNING (expires_at IS NULL OR expires_at > now()) AS live;

-- name: context_delete_scope
WITH gone AS (
    DELETE FROM context_entry
    WHERE tenant_id = current_tenant_id() AND scope = %(scope)s
    RETURNING expires_at
)
SELECT count(*) FILTER (WHERE expires_at IS NULL OR expires_at > now()) AS live
FROM gone;

-- name: context_purge_expired
-- The cleanup job's batch, across every tenant: run it as the worker or admin
-- role, outside any tenant scope. Oldest expiries first, by the partial index on
-- expires_at; rows another purge (or a put) holds are skipped, so two hosts
-- running the job at once share the work instead of waiting on each other.
WITH doomed AS (
    SELECT tenant_id, scope, key
    FROM context_entry
    WHERE expires_at <= now()
    ORDER BY expires_at
    LIMIT %(limit)s
    FOR UPDATE SKIP LOCKED
)
DELETE FROM context_entry c
USING doomed d
WHERE c.tenant_id = d.tenant_id AND c.scope = d.scope AND c.key = d.key;
