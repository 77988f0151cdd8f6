-- Rate limiting: GCRA state in `rate_limit`, one statement per check.
--
-- Every host reads the database clock, so API processes on different machines
-- agree on time; `tat` (theoretical arrival time) is the only state.

-- name: rate_limit_take
-- One request on `key`: the GCRA step of migration 0003 (rate_limit_take), with
-- T = emission_us and tau = tolerance_us in whole microseconds. Returns
-- `allowed` and `ahead_us`, the key's tat after this request minus now.
SELECT allowed, ahead_us
FROM rate_limit_take(%(key)s, %(emission_us)s, %(tolerance_us)s);
