-- Worker rows as a long-gone host would have left them.

-- name: test_insert_worker
INSERT INTO worker (host, pid, types, concurrency, state, heartbeat_at, stopped_at)
VALUES ('old-host', 1, '{noop}', 1, %(state)s, now() - make_interval(hours => %(hours)s),
        CASE WHEN %(state)s = 'stopped' THEN now() - make_interval(hours => %(hours)s) END);
