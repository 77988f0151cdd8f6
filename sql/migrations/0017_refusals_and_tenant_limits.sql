-- Refusals are counted, not logged one row each; failed authentication is rate
-- limited per client address; burst follows the limit's own rate; a tenant's
-- limit holds across all of its keys.
--
-- Before this, every failed authentication and every refused request appended
-- an audit_log row (append-only, never pruned, under the audit_head lock), so an
-- anonymous client could grow the log without bound. Now the statement that
-- refuses a request (api_admit) adds one to a counter per minute, reason and
-- subject in request_refusal, which `securetag cleanup ratelimits` prunes; the
-- security views read the counters.

-- --------------------------------------------------------------------------- limits

-- NULL: scaled from the limit's rate (see api_admit). Set only with a rate of
-- its own (the CLI refuses a burst without one).
ALTER TABLE tenant ADD COLUMN rate_limit_burst integer CHECK (rate_limit_burst > 0);
ALTER TABLE api_key ADD COLUMN rate_limit_burst integer CHECK (rate_limit_burst > 0);

-- --------------------------------------------------------------------------- refusal counters

-- Refused requests per minute, reason and subject:
--   rate_limited   subject: the API key id (its own or its tenant's limit refused it)
--   auth_failure   subject: the client address (an IPv6 client's /64)
--   revoked_key    subject: the revoked key's id (its secret was right)
-- One row per subject and minute however many requests, deleted after
-- SECURETAG_RETENTION_REFUSALS_DAYS by `securetag cleanup ratelimits`.
CREATE TABLE request_refusal (
    minute   timestamptz NOT NULL,
    reason   text NOT NULL CHECK (reason IN ('rate_limited', 'auth_failure', 'revoked_key')),
    subject  text NOT NULL,
    refused  bigint NOT NULL DEFAULT 1,
    PRIMARY KEY (minute, reason, subject)
);
GRANT SELECT, INSERT, UPDATE ON request_refusal TO securetag_api;
GRANT SELECT, DELETE ON request_refusal TO securetag_admin;
-- Idle rate-limit buckets (addr:<client> ones above all) are pruned too.
GRANT SELECT, DELETE ON rate_limit TO securetag_admin;

INSERT INTO request_refusal (minute, reason, subject, refused)
SELECT minute, 'rate_limited', key, refused FROM rate_limit_rejection;
-- The last day of refusals the audit log holds, so the security views do not go
-- blind across the upgrade (rows the migrating role cannot read are skipped).
INSERT INTO request_refusal (minute, reason, subject, refused)
SELECT date_trunc('minute', at),
       CASE action WHEN 'auth.failure' THEN 'auth_failure' ELSE 'revoked_key' END,
       CASE action WHEN 'auth.failure' THEN coalesce(nullif(client_addr, ''), '?') ELSE actor END,
       count(*)
FROM audit_log
WHERE action IN ('auth.failure', 'auth.revoked_key') AND at > now() - interval '24 hours'
GROUP BY 1, 2, 3
ON CONFLICT (minute, reason, subject) DO UPDATE
SET refused = request_refusal.refused + EXCLUDED.refused;

-- api_admit (migration 0007) is the only writer; the dashboards are re-created
-- from sql/dashboards/ after every migration.
DROP FUNCTION api_admit(text, bytea, integer, integer);
DROP VIEW IF EXISTS ops.rate_limits;
DROP VIEW IF EXISTS ops.security_events;
DROP TABLE rate_limit_rejection;

-- --------------------------------------------------------------------------- authentication

DROP FUNCTION api_key_authenticate(text, bytea);

-- As in migration 0002, with the bursts beside the limits.
CREATE FUNCTION api_key_authenticate(p_key_id text, p_presented_hmac bytea)
RETURNS TABLE (id text, tenant_id uuid, secret_hmac bytea, scopes text[],
               expires_at timestamptz, revoked_at timestamptz,
               key_rate_limit integer, key_burst integer,
               tenant_rate_limit integer, tenant_burst integer)
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
               presented.revoked_at, presented.rate_limit_per_minute, presented.rate_limit_burst,
               t.rate_limit_per_minute, t.rate_limit_burst
        FROM tenant t WHERE t.id = presented.tenant_id;
END;
$$;

-- A limit's burst when it sets none: the same share of its rate as the service
-- default's (SECURETAG_RATE_LIMIT_BURST of SECURETAG_RATE_LIMIT_PER_MINUTE,
-- 60 of 600: six seconds' worth), rounded up, at least 1. A key limited to
-- 2 a minute gets 1 at once, not the service's 60.
CREATE FUNCTION rate_limit_scaled_burst(p_per_minute integer, p_default_per_minute integer,
                                        p_default_burst integer)
RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
    SELECT greatest(1, least(2147483647,
        (p_per_minute::bigint * p_default_burst + p_default_per_minute - 1) / p_default_per_minute))::integer
$$;

-- round(60e6 / per_minute) in integers, exactly as ratelimit.emission_interval_us.
CREATE FUNCTION rate_limit_emission_us(p_per_minute integer)
RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
    SELECT greatest(1, (120000000::bigint + p_per_minute) / (2 * p_per_minute::bigint))
$$;

-- Authenticate a presented key and decide its request, in one statement.
--
-- A valid key is charged on up to two GCRA buckets (rate_limit_take), and the
-- request is allowed only when both allow it (the stricter wins):
--   key:<id>     when the key has a limit of its own, or its tenant has none:
--                the key's rate, else the service default's;
--   tenant:<id>  when the tenant has a limit: one bucket for all of its keys.
-- Each bucket's burst is its own, else rate_limit_scaled_burst of its rate. The
-- key's bucket is taken first (the lock order, so two keys of one tenant never
-- deadlock); when the tenant's then refuses, the key's charge is handed back,
-- so a refusal never uses up capacity. per_minute, burst and ahead_us describe
-- the bucket that refused, else the one with the least room left.
--
-- Anything else (unknown key, wrong secret, revoked, expired, or no usable key
-- at all: p_key_id '') is a failed authentication: charged to addr:<p_client>
-- at p_failure_per_minute / p_failure_burst, and the row describes that bucket.
-- Refusals add one to request_refusal (rate_limited by key id, revoked_key by
-- key id when the secret was right, else auth_failure by client), never to the
-- audit log. `authenticated` is the database's verdict; the caller still makes
-- its own from the returned row (constant-time HMAC comparison, expiry).
CREATE FUNCTION api_admit(p_key_id text, p_presented_hmac bytea, p_client text,
                          p_default_per_minute integer, p_default_burst integer,
                          p_failure_per_minute integer, p_failure_burst integer)
RETURNS TABLE (id text, tenant_id uuid, secret_hmac bytea, scopes text[],
               expires_at timestamptz, revoked_at timestamptz, authenticated boolean,
               per_minute integer, burst integer, allowed boolean, ahead_us bigint)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    caller record;
    v_found boolean;
    v_valid boolean;
    v_per_minute integer;
    v_burst integer;
    v_emission_us bigint;
    v_allowed boolean := true;
    v_ahead_us bigint;
    v_room numeric;
    v_tenant_per_minute integer;
    v_tenant_burst integer;
    v_tenant_emission_us bigint;
    v_tenant_allowed boolean;
    v_tenant_ahead_us bigint;
    v_key_charged boolean := false;
BEGIN
    SELECT * INTO caller FROM api_key_authenticate(p_key_id, p_presented_hmac);
    v_found := FOUND;
    v_valid := v_found AND caller.secret_hmac = p_presented_hmac AND caller.revoked_at IS NULL
               AND (caller.expires_at IS NULL OR caller.expires_at > now());

    IF NOT v_valid THEN
        v_per_minute := p_failure_per_minute;
        v_burst := p_failure_burst;
        v_emission_us := rate_limit_emission_us(v_per_minute);
        SELECT r.allowed, r.ahead_us INTO v_allowed, v_ahead_us
        FROM rate_limit_take('addr:' || p_client, v_emission_us, v_emission_us * (v_burst - 1)) r;
        IF v_found AND caller.secret_hmac = p_presented_hmac AND caller.revoked_at IS NOT NULL THEN
            INSERT INTO request_refusal AS j (minute, reason, subject)
            VALUES (date_trunc('minute', now()), 'revoked_key', caller.id)
            ON CONFLICT (minute, reason, subject) DO UPDATE SET refused = j.refused + 1;
        ELSE
            INSERT INTO request_refusal AS j (minute, reason, subject)
            VALUES (date_trunc('minute', now()), 'auth_failure', p_client)
            ON CONFLICT (minute, reason, subject) DO UPDATE SET refused = j.refused + 1;
        END IF;
        RETURN QUERY SELECT caller.id, caller.tenant_id, caller.secret_hmac, caller.scopes,
                            caller.expires_at, caller.revoked_at, false, v_per_minute, v_burst,
                            v_allowed, v_ahead_us;
        RETURN;
    END IF;

    IF caller.key_rate_limit IS NOT NULL OR caller.tenant_rate_limit IS NULL THEN
        v_per_minute := coalesce(caller.key_rate_limit, p_default_per_minute);
        v_burst := coalesce(caller.key_burst,
                            rate_limit_scaled_burst(v_per_minute, p_default_per_minute, p_default_burst));
        v_emission_us := rate_limit_emission_us(v_per_minute);
        SELECT r.allowed, r.ahead_us INTO v_allowed, v_ahead_us
        FROM rate_limit_take('key:' || caller.id, v_emission_us, v_emission_us * (v_burst - 1)) r;
        v_key_charged := v_allowed;
    END IF;

    IF v_allowed AND caller.tenant_rate_limit IS NOT NULL THEN
        v_tenant_per_minute := caller.tenant_rate_limit;
        v_tenant_burst := coalesce(caller.tenant_burst,
            rate_limit_scaled_burst(v_tenant_per_minute, p_default_per_minute, p_default_burst));
        v_tenant_emission_us := rate_limit_emission_us(v_tenant_per_minute);
        SELECT r.allowed, r.ahead_us INTO v_tenant_allowed, v_tenant_ahead_us
        FROM rate_limit_take('tenant:' || caller.tenant_id, v_tenant_emission_us,
                             v_tenant_emission_us * (v_tenant_burst - 1)) r;
        IF NOT v_tenant_allowed AND v_key_charged THEN
            -- Undo the key's step (tat - T); its row is still locked by this statement.
            UPDATE rate_limit r SET tat = r.tat - v_emission_us * interval '1 microsecond'
            WHERE r.key = 'key:' || caller.id;
        END IF;
        -- Report the tenant's bucket when it refused, or when it has less room
        -- left than the key's: room = (tau - ahead) / T, as ratelimit.decide.
        v_room := CASE WHEN v_key_charged
                       THEN (v_emission_us * (v_burst - 1) - v_ahead_us)::numeric / v_emission_us
                  END;
        IF NOT v_tenant_allowed OR v_room IS NULL
           OR (v_tenant_emission_us * (v_tenant_burst - 1) - v_tenant_ahead_us)::numeric
              / v_tenant_emission_us < v_room THEN
            v_allowed := v_tenant_allowed;
            v_per_minute := v_tenant_per_minute;
            v_burst := v_tenant_burst;
            v_ahead_us := v_tenant_ahead_us;
        END IF;
    END IF;

    IF NOT v_allowed THEN
        INSERT INTO request_refusal AS j (minute, reason, subject)
        VALUES (date_trunc('minute', now()), 'rate_limited', caller.id)
        ON CONFLICT (minute, reason, subject) DO UPDATE SET refused = j.refused + 1;
    END IF;
    RETURN QUERY SELECT caller.id, caller.tenant_id, caller.secret_hmac, caller.scopes,
                        caller.expires_at, caller.revoked_at, true, v_per_minute, v_burst,
                        v_allowed, v_ahead_us;
END;
$$;
