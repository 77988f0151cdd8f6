-- Tenants, as the admin CLI creates, finds and configures them (as the owner).

-- name: create_tenant
INSERT INTO tenant (name, rate_limit_per_minute)
VALUES (%(name)s, %(rate_limit_per_minute)s)
RETURNING id, name, rate_limit_per_minute, created_at;

-- name: list_tenants
SELECT t.id, t.name, t.rate_limit_per_minute, t.created_at,
       (SELECT count(*) FROM api_key k
        WHERE k.tenant_id = t.id AND k.revoked_at IS NULL
          AND (k.expires_at IS NULL OR k.expires_at > now())) AS active_keys
FROM tenant t
ORDER BY t.name;

-- name: find_tenant
-- By name or by id, so operators can use either.
SELECT id, name, rate_limit_per_minute, created_at
FROM tenant
WHERE name = %(ref)s OR id::text = %(ref)s;

-- name: set_training_opt_out
UPDATE tenant SET training_opt_out = %(opt_out)s
WHERE id::text = %(ref)s OR name = %(ref)s
RETURNING id, name, training_opt_out;
