-- Rate limiting: GCRA state in `rate_limit`, one statement per check.
--
-- Every host reads the database clock, so API processes on different machines
-- agree on time; `tat` (theoretical arrival time) is the only state.

-- name: rate_limit_take
-- One request on `key`. emission_s is T = 60 / limit per minute, tolerance_s is
-- tau = T * (burst - 1). A request at time t is allowed when
-- greatest(tat, t) - t <= tau, and then tat becomes greatest(tat, t) + T; a
-- refused request leaves tat as it was, so refusals never use up capacity.
-- A new key is always allowed (tau >= 0), which is why the plain INSERT needs no check.
-- ON CONFLICT DO UPDATE locks the row (even when its WHERE is false), so
-- concurrent requests on one key take turns and each sees the tat its
-- predecessor wrote. Returns `allowed` and `ahead_us`, the key's tat after this
-- request minus t in microseconds (NULL only when refused for a key created
-- after this statement began, which the caller treats conservatively).
WITH clock AS MATERIALIZED (
    SELECT clock_timestamp() AS t,
           make_interval(secs => %(emission_s)s::float8) AS emission,
           make_interval(secs => %(tolerance_s)s::float8) AS tolerance
),
admitted AS (
    INSERT INTO rate_limit AS r (key, tat)
    SELECT %(key)s, clock.t + clock.emission FROM clock
    ON CONFLICT (key) DO UPDATE
    SET tat = greatest(r.tat, (SELECT t FROM clock)) + (SELECT emission FROM clock)
    WHERE greatest(r.tat, (SELECT t FROM clock)) - (SELECT t FROM clock)
          <= (SELECT tolerance FROM clock)
    RETURNING r.tat
)
SELECT admitted.tat IS NOT NULL AS allowed,
       (extract(epoch FROM coalesce(admitted.tat, refused.tat) - clock.t) * 1000000)::bigint
           AS ahead_us
FROM clock
LEFT JOIN admitted ON true
-- Only for a refusal: the row's current tat. The statement snapshot may predate
-- a concurrent request's update; FOR UPDATE reads the newest version instead
-- (the lock is already ours, taken by ON CONFLICT above).
LEFT JOIN LATERAL (
    SELECT rate_limit.tat
    FROM rate_limit
    WHERE rate_limit.key = %(key)s AND admitted.tat IS NULL
    FOR UPDATE
) AS refused ON true;
