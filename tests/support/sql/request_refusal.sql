-- Refusal counters and rate-limit buckets as the tests read them (as the admin).

-- name: test_refusals
SELECT reason, subject, sum(refused)::bigint AS refused
FROM request_refusal
GROUP BY reason, subject
ORDER BY reason, subject;

-- name: test_audit_row_count
SELECT count(*) AS rows FROM audit_log;

-- name: test_security_events
SELECT kind, at, subject, events FROM ops.security_events ORDER BY kind, subject, at;

-- name: test_record_refusals
-- Refusals as api_admit counts them, `n` at once for one minute, reason and subject.
INSERT INTO request_refusal AS j (minute, reason, subject, refused)
VALUES (date_trunc('minute', now()) - make_interval(mins => %(minutes_ago)s), %(reason)s,
        %(subject)s, %(n)s)
ON CONFLICT (minute, reason, subject) DO UPDATE SET refused = j.refused + EXCLUDED.refused;

-- name: test_rate_limit_keys
SELECT key FROM rate_limit ORDER BY key;

-- name: test_age_rate_limit_bucket
UPDATE rate_limit SET tat = now() - interval '1 second' WHERE key = %(key)s;
