-- Tenants, as the admin CLI creates, finds and configures them (as the owner).

-- name: create_tenant
INSERT INTO tenant (name, rate_limit_per_minute, rate_limit_burst, max_running_scans,
                    max_queued_scans)
VALUES (%(name)s, %(rate_limit_per_minute)s, %(rate_limit_burst)s, %(max_running_scans)s,
        %(max_queued_scans)s)
RETURNING id, name, rate_limit_per_minute, rate_limit_burst, max_running_scans,
          max_queued_scans, created_at;

-- name: update_tenant_limits
-- Every limit as the caller computed it (NULL: none of its own; the keys' own rate limits,
-- or the service's default caps, apply).
UPDATE tenant SET rate_limit_per_minute = %(rate_limit_per_minute)s,
                  rate_limit_burst = %(rate_limit_burst)s,
                  max_running_scans = %(max_running_scans)s,
                  max_queued_scans = %(max_queued_scans)s
WHERE id = %(id)s
RETURNING id, name, rate_limit_per_minute, rate_limit_burst, max_running_scans,
          max_queued_scans, created_at;

-- name: list_tenants
SELECT t.id, t.name, t.rate_limit_per_minute, t.rate_limit_burst, t.max_running_scans,
       t.max_queued_scans, t.created_at, t.training_opt_out,
       (SELECT count(*) FROM api_key k
        WHERE k.tenant_id = t.id AND k.revoked_at IS NULL
          AND (k.expires_at IS NULL OR k.expires_at > now())) AS active_keys
FROM tenant t
ORDER BY t.name;

-- name: find_tenant
-- By name or by id, so operators can use either.
SELECT id, name, rate_limit_per_minute, rate_limit_burst, max_running_scans,
       max_queued_scans, created_at
FROM tenant
WHERE name = %(ref)s OR id::text = %(ref)s;

-- name: set_training_opt_out
UPDATE tenant SET training_opt_out = %(opt_out)s
WHERE id::text = %(ref)s OR name = %(ref)s
RETURNING id, name, training_opt_out;
