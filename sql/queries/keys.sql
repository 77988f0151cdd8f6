-- Tenant data keys (migration 0004) and the jobs that rotate, rewrap and shred them.
-- The API and workers run the first three inside their tenant's scope; the rest
-- are admin statements for `securetag keys …` and `securetag tenant delete --shred`.

-- name: tenant_key_current
SELECT version, master_version, wrapped
FROM tenant_key
WHERE tenant_id = %(tenant_id)s
ORDER BY version DESC
LIMIT 1;

-- name: tenant_key_get
SELECT version, master_version, wrapped
FROM tenant_key
WHERE tenant_id = %(tenant_id)s AND version = %(version)s;

-- name: tenant_key_insert
-- Two processes may create a tenant's first key at once: one wins, the other
-- reads the winner's (tenant_key_current) and uses that.
INSERT INTO tenant_key (tenant_id, version, master_version, wrapped)
VALUES (%(tenant_id)s, %(version)s, %(master_version)s, %(wrapped)s)
ON CONFLICT (tenant_id, version) DO NOTHING
RETURNING version;

-- name: tenant_keys_for_rotation
-- Every key of one tenant, locked: a concurrent rotation of the same tenant waits.
SELECT version, master_version, wrapped
FROM tenant_key
WHERE tenant_id = %(tenant_id)s
ORDER BY version
FOR UPDATE;

-- name: tenant_key_rewrapped
UPDATE tenant_key
SET master_version = %(master_version)s, wrapped = %(wrapped)s, rewrapped_at = now()
WHERE tenant_id = %(tenant_id)s AND version = %(version)s;

-- name: tenants_with_keys_or_data
-- Rotation gives every tenant a new data key, including tenants that have none yet.
SELECT id FROM tenant ORDER BY created_at, id;

-- name: master_versions_in_use
SELECT master_version, count(*) AS data_keys
FROM tenant_key
GROUP BY master_version
ORDER BY master_version;

-- name: data_key_versions_in_use
SELECT version, count(*) AS tenants
FROM tenant_key
GROUP BY version
ORDER BY version;

-- name: shred_tenant_keys
DELETE FROM tenant_key WHERE tenant_id = %(tenant_id)s;

-- name: delete_tenant_tasks
DELETE FROM task WHERE tenant_id = %(tenant_id)s;

-- name: delete_tenant
DELETE FROM tenant WHERE id = %(tenant_id)s RETURNING id, name;

-- Rewrap: one pair of statements per sealed column. `candidates` locks a batch
-- of rows whose data-key version is not their tenant's newest (or that are
-- still plain, key_version NULL), skipping rows another rewrap holds, so two
-- hosts running the job at once share the work; `store` writes one row back.

-- name: rewrap_candidates_upload
SELECT u.id, u.tenant_id, u.key_version
FROM upload u
WHERE u.key_version IS NULL
   OR u.key_version < (SELECT max(k.version) FROM tenant_key k WHERE k.tenant_id = u.tenant_id)
ORDER BY u.id
LIMIT %(limit)s
FOR UPDATE OF u SKIP LOCKED;

-- name: rewrap_load_upload
SELECT content AS sealed FROM upload WHERE id = %(id)s;

-- name: rewrap_store_upload
UPDATE upload SET content = %(sealed)s, key_version = %(key_version)s WHERE id = %(id)s;

-- name: rewrap_candidates_scan
SELECT s.id, s.tenant_id, s.key_version
FROM scan s
WHERE s.target_url IS NOT NULL
  AND (s.key_version IS NULL
       OR s.key_version < (SELECT max(k.version) FROM tenant_key k WHERE k.tenant_id = s.tenant_id))
ORDER BY s.id
LIMIT %(limit)s
FOR UPDATE OF s SKIP LOCKED;

-- name: rewrap_load_scan
SELECT target_url AS sealed FROM scan WHERE id = %(id)s;

-- name: rewrap_store_scan
UPDATE scan SET target_url = %(sealed)s, key_version = %(key_version)s WHERE id = %(id)s;

-- name: rewrap_candidates_context_entry
SELECT c.scope || '/' || c.key AS id, c.tenant_id, c.scope, c.key, c.key_version
FROM context_entry c
WHERE c.key_version < (SELECT max(k.version) FROM tenant_key k WHERE k.tenant_id = c.tenant_id)
ORDER BY c.tenant_id, c.scope, c.key
LIMIT %(limit)s
FOR UPDATE OF c SKIP LOCKED;

-- name: rewrap_load_context_entry
SELECT value AS sealed FROM context_entry
WHERE tenant_id = %(tenant_id)s AND scope = %(scope)s AND key = %(key)s;

-- name: rewrap_store_context_entry
UPDATE context_entry SET value = %(sealed)s, key_version = %(key_version)s
WHERE tenant_id = %(tenant_id)s AND scope = %(scope)s AND key = %(key)s;

-- Status: rows and bytes each data-key version protects, per sealed column
-- (key_version NULL: still plain, waiting for rewrap).

-- name: sealed_status_upload
SELECT key_version, count(*) AS rows, coalesce(sum(length(content)), 0)::bigint AS bytes
FROM upload GROUP BY key_version ORDER BY key_version NULLS FIRST;

-- name: sealed_status_scan
SELECT key_version, count(*) AS rows, coalesce(sum(length(target_url)), 0)::bigint AS bytes
FROM scan WHERE target_url IS NOT NULL GROUP BY key_version ORDER BY key_version NULLS FIRST;

-- name: sealed_status_context_entry
SELECT key_version, count(*) AS rows, coalesce(sum(length(value)), 0)::bigint AS bytes
FROM context_entry GROUP BY key_version ORDER BY key_version NULLS FIRST;

-- name: keys_try_lock
-- Session-level, on a dedicated connection: one rotation at a time across hosts.
SELECT pg_try_advisory_lock(%(key)s) AS locked;

-- Stale rows per sealed column: what `keys rewrap` still has to do.

-- name: stale_rows_upload
SELECT count(*) AS stale FROM upload u
WHERE u.key_version IS NULL
   OR u.key_version < (SELECT max(k.version) FROM tenant_key k WHERE k.tenant_id = u.tenant_id);

-- name: stale_rows_scan
SELECT count(*) AS stale FROM scan s
WHERE s.target_url IS NOT NULL
  AND (s.key_version IS NULL
       OR s.key_version < (SELECT max(k.version) FROM tenant_key k WHERE k.tenant_id = s.tenant_id));

-- name: stale_rows_context_entry
SELECT count(*) AS stale FROM context_entry c
WHERE c.key_version < (SELECT max(k.version) FROM tenant_key k WHERE k.tenant_id = c.tenant_id);

-- name: rewrap_candidates_finding
SELECT f.id, f.tenant_id, f.key_version
FROM finding f
WHERE f.key_version < (SELECT max(k.version) FROM tenant_key k WHERE k.tenant_id = f.tenant_id)
ORDER BY f.id
LIMIT %(limit)s
FOR UPDATE OF f SKIP LOCKED;

-- name: rewrap_load_finding
SELECT detail AS sealed FROM finding WHERE id = %(id)s;

-- name: rewrap_store_finding
UPDATE finding SET detail = %(sealed)s, key_version = %(key_version)s WHERE id = %(id)s;

-- name: stale_rows_finding
SELECT count(*) AS stale FROM finding f
WHERE f.key_version < (SELECT max(k.version) FROM tenant_key k WHERE k.tenant_id = f.tenant_id);

-- name: sealed_status_finding
SELECT key_version, count(*) AS rows, coalesce(sum(length(detail)), 0)::bigint AS bytes
FROM finding GROUP BY key_version ORDER BY key_version NULLS FIRST;

-- name: rewrap_candidates_tool_execution
SELECT t.id, t.tenant_id, t.key_version
FROM tool_execution t
WHERE t.key_version < (SELECT max(k.version) FROM tenant_key k WHERE k.tenant_id = t.tenant_id)
ORDER BY t.id
LIMIT %(limit)s
FOR UPDATE OF t SKIP LOCKED;

-- name: rewrap_load_tool_execution
SELECT output AS sealed FROM tool_execution WHERE id = %(id)s;

-- name: rewrap_store_tool_execution
UPDATE tool_execution SET output = %(sealed)s, key_version = %(key_version)s WHERE id = %(id)s;

-- name: stale_rows_tool_execution
SELECT count(*) AS stale FROM tool_execution t
WHERE t.key_version < (SELECT max(k.version) FROM tenant_key k WHERE k.tenant_id = t.tenant_id);

-- name: sealed_status_tool_execution
SELECT key_version, count(*) AS rows, coalesce(sum(length(output)), 0)::bigint AS bytes
FROM tool_execution GROUP BY key_version ORDER BY key_version NULLS FIRST;

-- name: rewrap_candidates_finding_triage
SELECT t.finding_id AS id, t.tenant_id, t.key_version
FROM finding_triage t
WHERE t.key_version < (SELECT max(k.version) FROM tenant_key k WHERE k.tenant_id = t.tenant_id)
ORDER BY t.finding_id
LIMIT %(limit)s
FOR UPDATE OF t SKIP LOCKED;

-- name: rewrap_load_finding_triage
SELECT detail AS sealed FROM finding_triage WHERE finding_id = %(id)s;

-- name: rewrap_store_finding_triage
UPDATE finding_triage SET detail = %(sealed)s, key_version = %(key_version)s
WHERE finding_id = %(id)s;

-- name: stale_rows_finding_triage
SELECT count(*) AS stale FROM finding_triage t
WHERE t.key_version < (SELECT max(k.version) FROM tenant_key k WHERE k.tenant_id = t.tenant_id);

-- name: sealed_status_finding_triage
SELECT key_version, count(*) AS rows, coalesce(sum(length(detail)), 0)::bigint AS bytes
FROM finding_triage GROUP BY key_version ORDER BY key_version NULLS FIRST;

-- A feedback note is sealed to "<project>/<fingerprint>"; feedback without a note has none.

-- name: rewrap_candidates_finding_feedback
SELECT b.project || '/' || b.fingerprint AS id, b.tenant_id, b.project, b.fingerprint,
       b.key_version
FROM finding_feedback b
WHERE b.note IS NOT NULL
  AND b.key_version < (SELECT max(k.version) FROM tenant_key k WHERE k.tenant_id = b.tenant_id)
ORDER BY b.tenant_id, b.project, b.fingerprint
LIMIT %(limit)s
FOR UPDATE OF b SKIP LOCKED;

-- name: rewrap_load_finding_feedback
SELECT note AS sealed FROM finding_feedback
WHERE tenant_id = %(tenant_id)s AND project = %(project)s AND fingerprint = %(fingerprint)s;

-- name: rewrap_store_finding_feedback
UPDATE finding_feedback SET note = %(sealed)s, key_version = %(key_version)s
WHERE tenant_id = %(tenant_id)s AND project = %(project)s AND fingerprint = %(fingerprint)s;

-- name: stale_rows_finding_feedback
SELECT count(*) AS stale FROM finding_feedback b
WHERE b.note IS NOT NULL
  AND b.key_version < (SELECT max(k.version) FROM tenant_key k WHERE k.tenant_id = b.tenant_id);

-- name: sealed_status_finding_feedback
SELECT key_version, count(*) AS rows, coalesce(sum(length(note)), 0)::bigint AS bytes
FROM finding_feedback WHERE note IS NOT NULL GROUP BY key_version ORDER BY key_version NULLS FIRST;

-- name: rewrap_candidates_tenant_webhook
SELECT w.id, w.tenant_id, w.key_version
FROM tenant_webhook w
WHERE w.key_version < (SELECT max(k.version) FROM tenant_key k WHERE k.tenant_id = w.tenant_id)
ORDER BY w.id
LIMIT %(limit)s
FOR UPDATE OF w SKIP LOCKED;

-- name: rewrap_load_tenant_webhook
SELECT sealed FROM tenant_webhook WHERE id = %(id)s;

-- name: rewrap_store_tenant_webhook
UPDATE tenant_webhook SET sealed = %(sealed)s, key_version = %(key_version)s WHERE id = %(id)s;

-- name: stale_rows_tenant_webhook
SELECT count(*) AS stale FROM tenant_webhook w
WHERE w.key_version < (SELECT max(k.version) FROM tenant_key k WHERE k.tenant_id = w.tenant_id);

-- name: sealed_status_tenant_webhook
SELECT key_version, count(*) AS rows, coalesce(sum(length(sealed)), 0)::bigint AS bytes
FROM tenant_webhook GROUP BY key_version ORDER BY key_version;
