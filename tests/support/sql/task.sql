-- Tasks written or read behind the queue's back.

-- name: isolation_visible_tasks
SELECT tenant_id FROM task ORDER BY id;

-- name: test_end_task
UPDATE task SET state = %(state)s::task_state, finished_at = now() WHERE id = %(id)s;

-- name: test_generate_tasks
-- Synthetic history for dashboard tests: mostly finished tasks spread over a
-- month, a few active ones, as the queue would leave them.
INSERT INTO task (type, state, payload, attempts, max_attempts, timeout_s, created_at,
                  started_at, finished_at, run_after, last_error, claim_token, claimed_by,
                  heartbeat_at)
SELECT (ARRAY['code_audit', 'web_scan', 'triage', 'noop'])[1 + i %% 4],
       s.state::task_state, '{}'::jsonb, 1 + (i %% 3 = 0)::int, 3, 900,
       now() - make_interval(secs => (i::bigint * 86413) %% 2592000),
       CASE WHEN s.state <> 'queued' THEN now() - make_interval(secs => (i::bigint * 86413) %% 2592000) END,
       CASE WHEN s.state IN ('succeeded', 'failed') THEN now() - make_interval(secs => (i::bigint * 86413) %% 2592000) + interval '2 seconds' END,
       now(),
       CASE WHEN s.state = 'failed' THEN 'boom ' || (i %% 7) END,
       CASE WHEN s.state = 'running' THEN gen_random_uuid() END,
       CASE WHEN s.state = 'running' THEN gen_random_uuid() END,
       CASE WHEN s.state = 'running' THEN now() END
FROM generate_series(1, %(count)s) AS i
CROSS JOIN LATERAL (
    SELECT CASE WHEN i %% 1000 = 0 THEN 'queued' WHEN i %% 1000 = 1 THEN 'running'
                WHEN i %% 50 = 0 THEN 'failed' ELSE 'succeeded' END AS state
) s;

-- name: test_triage_task_of_scan
SELECT id, state::text AS state, attempts
FROM task
WHERE type = 'triage' AND dedup_key = 'triage:' || %(scan_id)s::text;
