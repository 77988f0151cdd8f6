-- The API's per-request fast path: authenticate an API key and charge its rate
-- limit in one statement (one round trip instead of two on every request).

-- The GCRA step, as a function so the standalone limiter (RateLimiter.take) and
-- api_admit share one definition. Arguments are whole microseconds: T = the
-- emission interval, tau = the tolerance (see securetag/ratelimit.py).
-- A request at time t is allowed when greatest(tat, t) - t <= tau, and then tat
-- becomes greatest(tat, t) + T; a refused request leaves tat as it was, so
-- refusals never use up capacity. A new key is always allowed (tau >= 0).
-- ON CONFLICT DO UPDATE locks the row (even when its WHERE is false), so
-- concurrent requests on one key take turns and each sees the tat its
-- predecessor wrote. ahead_us is the key's tat after this request minus t
-- (NULL only when refused for a key created after this statement began).
CREATE FUNCTION rate_limit_take(p_key text, p_emission_us bigint, p_tolerance_us bigint)
RETURNS TABLE (allowed boolean, ahead_us bigint)
-- plpgsql, not sql: PostgreSQL plans a non-inlinable SQL function's statement
-- on every call, while plpgsql keeps the plan for the session.
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    RETURN QUERY
    WITH clock AS MATERIALIZED (
        SELECT clock_timestamp() AS t,
               p_emission_us * interval '1 microsecond' AS emission,
               p_tolerance_us * interval '1 microsecond' AS tolerance
    ),
    admitted AS (
        INSERT INTO rate_limit AS r (key, tat)
        SELECT p_key, clock.t + clock.emission FROM clock
        ON CONFLICT (key) DO UPDATE
        SET tat = greatest(r.tat, (SELECT t FROM clock)) + (SELECT emission FROM clock)
        WHERE greatest(r.tat, (SELECT t FROM clock)) - (SELECT t FROM clock)
              <= (SELECT tolerance FROM clock)
        RETURNING r.tat
    )
    SELECT admitted.tat IS NOT NULL,
           (extract(epoch FROM coalesce(admitted.tat, refused.tat) - clock.t) * 1000000)::bigint
    FROM clock
    LEFT JOIN admitted ON true
    -- Only for a refusal: the row's current tat. The statement snapshot may
    -- predate a concurrent request's update; FOR UPDATE reads the newest
    -- version instead (the lock is already ours, taken by ON CONFLICT above).
    LEFT JOIN LATERAL (
        SELECT rate_limit.tat
        FROM rate_limit
        WHERE rate_limit.key = p_key AND admitted.tat IS NULL
        FOR UPDATE
    ) AS refused ON true;
END;
$$;

-- Authenticate a presented key (api_key_authenticate: scope, last_used_at) and,
-- only when it is valid, charge "key:<id>" at the key's own limit, else its
-- tenant's, else p_default_per_minute. An invalid key is never charged, so a
-- stranger guessing keys cannot exhaust a real key's budget. The caller still
-- makes the authoritative decision (constant-time HMAC comparison, revocation,
-- expiry) from the returned row; `allowed` is NULL when nothing was charged.
CREATE FUNCTION api_admit(p_key_id text, p_presented_hmac bytea,
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
    END IF;
    RETURN QUERY SELECT caller.id, caller.tenant_id, caller.secret_hmac, caller.scopes,
                        caller.expires_at, caller.revoked_at, v_per_minute, v_allowed, v_ahead_us;
END;
$$;
