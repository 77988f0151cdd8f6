-- API keys. Admin statements run as the owner (securetag_admin); admit_api_request
-- runs as securetag_api for every request.

-- name: create_api_key
INSERT INTO api_key (id, tenant_id, name, secret_hmac, scopes, expires_at, rate_limit_per_minute,
                     rate_limit_burst)
VALUES (%(id)s, %(tenant_id)s, %(name)s, %(secret_hmac)s, %(scopes)s, %(expires_at)s,
        %(rate_limit_per_minute)s, %(rate_limit_burst)s)
RETURNING id, tenant_id, name, scopes, created_at, expires_at;

-- name: list_api_keys
SELECT k.id, k.tenant_id, t.name AS tenant, k.name, k.scopes, k.rate_limit_per_minute,
       k.rate_limit_burst, k.created_at, k.expires_at, k.revoked_at, k.last_used_at
FROM api_key k JOIN tenant t ON t.id = k.tenant_id
WHERE %(tenant_id)s::uuid IS NULL OR k.tenant_id = %(tenant_id)s::uuid
ORDER BY k.created_at, k.id;

-- name: revoke_api_key
UPDATE api_key SET revoked_at = now()
WHERE id = %(id)s AND revoked_at IS NULL
RETURNING id, tenant_id;

-- name: find_api_key
-- One key with its tenant's name, for the owner's own checks (requests go through api_admit).
SELECT k.id, k.tenant_id, t.name AS tenant, k.name, k.secret_hmac, k.scopes, k.expires_at,
       k.revoked_at
FROM api_key k JOIN tenant t ON t.id = k.tenant_id
WHERE k.id = %(id)s;

-- name: revoke_named_api_keys
-- A tenant's other active keys of one name, revoked when a new one replaces them.
UPDATE api_key SET revoked_at = now()
WHERE tenant_id = %(tenant_id)s AND name = %(name)s AND id <> %(keep)s AND revoked_at IS NULL
RETURNING id;

-- name: admit_api_request
-- Authentication and the rate limits in one statement (api_admit, migration 0017):
-- the key's and its tenant's for a valid key, the client address's failure
-- limit for anything else (always one row; id is NULL for an unknown key).
SELECT id, tenant_id, secret_hmac, scopes, expires_at, revoked_at, authenticated, per_minute,
       burst, allowed, ahead_us
FROM api_admit(%(id)s, %(presented_hmac)s, %(client)s, %(default_per_minute)s, %(burst)s,
               %(failure_per_minute)s, %(failure_burst)s);

-- name: admit_api_request_scoped
-- admit_api_request that also opens (or shuts) the tenant scope for the reads
-- that follow it in the same transaction (Database.gated_reads). api_admit
-- scopes the transaction to the key's tenant before anything is checked, so
-- this statement decides again: only a key that is valid, within its rate
-- limit and holding the scope the endpoint requires keeps its tenant's rows
-- visible; anything else leaves no tenant (no rows) and no presented key. The
-- LEFT JOIN keeps the reset running whatever api_admit returns.
SELECT a.id, a.tenant_id, a.secret_hmac, a.scopes, a.expires_at, a.revoked_at,
       a.authenticated, a.per_minute, a.burst, a.allowed, a.ahead_us,
       set_config('app.tenant_id',
                  CASE WHEN a.authenticated AND a.allowed AND %(scope)s::text = ANY (a.scopes)
                       THEN a.tenant_id::text ELSE '' END, true) AS scope_tenant_id,
       set_config('app.presented_key_id', '', true) AS scope_key_id
FROM (VALUES (true)) AS request (admitted)
LEFT JOIN LATERAL api_admit(%(id)s, %(presented_hmac)s, %(client)s, %(default_per_minute)s,
                            %(burst)s, %(failure_per_minute)s, %(failure_burst)s) AS a
       ON true;
