-- name: database_exists
SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = %(name)s) AS present;

-- name: task_state_enum_values
SELECT enumlabel FROM pg_enum
WHERE enumtypid = 'task_state'::regtype
ORDER BY enumsortorder;

-- name: bench_unfinished_exists
SELECT EXISTS (
    SELECT 1 FROM task WHERE type = %(type)s AND state IN ('queued', 'running', 'retrying')
) AS pending;

-- name: bench_pickup_latency
SELECT extract(epoch FROM started_at) AS started_epoch
FROM task WHERE id = %(id)s AND state = 'succeeded';

-- name: bench_live_workers
SELECT count(*) AS n FROM worker WHERE state = 'running' AND %(type)s = ANY(types);

-- name: audit_rows_for_test
SELECT seq, actor, action, target, outcome, request_id, client_addr, tenant_id
FROM audit_log WHERE target = %(target)s ORDER BY seq;

-- name: tables_with_tenant_column
-- The isolation lint: every table that holds a tenant_id, with its RLS flags.
SELECT c.relname AS table_name, c.relrowsecurity AS rls_enabled,
       c.relforcerowsecurity AS rls_forced,
       (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
ORDER BY c.relname;

-- name: role_attributes
SELECT r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb,
       (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid) AS owns_tables,
       ARRAY(SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
             WHERE m.member = r.oid) AS member_of
FROM pg_roles r WHERE r.rolname = %(role)s;

-- name: isolation_visible_tasks
SELECT tenant_id FROM task ORDER BY id;

-- name: audit_task_rows_for_test
SELECT seq, tenant_id, actor, action, outcome, details
FROM audit_log WHERE action LIKE 'task.%%' ORDER BY seq;

-- name: test_upload_of_scan
SELECT id, tenant_id, content, key_version FROM upload WHERE scan_id = %(scan_id)s;

-- name: test_scan_target
SELECT id, target_url, key_version FROM scan WHERE id = %(id)s;

-- name: test_rows_of_tenant
SELECT (SELECT count(*) FROM tenant WHERE id = %(tenant_id)s)
     + (SELECT count(*) FROM scan WHERE tenant_id = %(tenant_id)s)
     + (SELECT count(*) FROM upload WHERE tenant_id = %(tenant_id)s)
     + (SELECT count(*) FROM task WHERE tenant_id = %(tenant_id)s)
     + (SELECT count(*) FROM api_key WHERE tenant_id = %(tenant_id)s)
     + (SELECT count(*) FROM tenant_key WHERE tenant_id = %(tenant_id)s)
     + (SELECT count(*) FROM context_entry WHERE tenant_id = %(tenant_id)s)
     + (SELECT count(*) FROM tenant_webhook WHERE tenant_id = %(tenant_id)s)
     + (SELECT count(*) FROM webhook_delivery WHERE tenant_id = %(tenant_id)s) AS rows;

-- name: test_audit_log
SELECT seq, actor, action, target, details FROM audit_log ORDER BY seq;

-- name: test_database_files
-- Where this database's files are, for tests that read raw table bytes (superuser).
SELECT current_setting('data_directory') AS data_directory,
       (SELECT oid FROM pg_database WHERE datname = current_database()) AS oid;

-- name: test_checkpoint
CHECKPOINT;

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

-- name: test_analyze
ANALYZE;

-- name: test_set_role_ops
-- LOCAL: the role ends with the transaction, not with the pooled connection.
SET LOCAL ROLE securetag_ops;

-- name: test_tenant_retention
UPDATE tenant SET retention_days = %(days)s WHERE id = %(id)s;

-- name: test_age_scan
UPDATE scan SET state = 'succeeded', finished_at = now() - make_interval(days => %(days)s)
WHERE id = %(id)s;

-- name: test_scan_catch_up_with_tasks
SELECT scan_catch_up_with_tasks() AS updated;

-- name: test_scan_triage_catch_up_with_tasks
SELECT scan_triage_catch_up_with_tasks() AS updated;

-- name: test_end_task
UPDATE task SET state = %(state)s::task_state, finished_at = now() WHERE id = %(id)s;

-- name: test_scan_state
SELECT state::text AS state FROM scan WHERE id = %(id)s;

-- name: test_count
SELECT (SELECT count(*) FROM task) AS tasks, (SELECT count(*) FROM upload) AS uploads,
       (SELECT count(*) FROM worker) AS workers, (SELECT coalesce(sum(tasks), 0) FROM ops_task_daily) AS folded;

-- name: test_insert_worker
INSERT INTO worker (host, pid, types, concurrency, state, heartbeat_at, stopped_at)
VALUES ('old-host', 1, '{noop}', 1, %(state)s, now() - make_interval(hours => %(hours)s),
        CASE WHEN %(state)s = 'stopped' THEN now() - make_interval(hours => %(hours)s) END);

-- name: test_explain_ops_queue
EXPLAIN (FORMAT JSON) SELECT * FROM ops.queue;

-- name: test_explain_ops_throughput
EXPLAIN (FORMAT JSON) SELECT * FROM ops.throughput;

-- name: test_explain_ops_failures
EXPLAIN (FORMAT JSON) SELECT * FROM ops.failures;

-- name: test_explain_ops_top_errors
EXPLAIN (FORMAT JSON) SELECT * FROM ops.top_errors;

-- name: test_explain_ops_slow
EXPLAIN (FORMAT JSON) SELECT * FROM ops.slow;

-- name: test_explain_ops_workers
EXPLAIN (FORMAT JSON) SELECT * FROM ops.workers;

-- name: test_explain_ops_security_events
EXPLAIN (FORMAT JSON) SELECT * FROM ops.security_events;

-- name: test_read_ops_queue
SELECT * FROM ops.queue;

-- name: test_read_ops_throughput
SELECT * FROM ops.throughput;

-- name: test_read_ops_failures
SELECT * FROM ops.failures;

-- name: test_read_ops_top_errors
SELECT * FROM ops.top_errors;

-- name: test_read_ops_workers
SELECT * FROM ops.workers;

-- name: test_read_ops_slow
SELECT * FROM ops.slow;

-- name: test_read_ops_agents
SELECT * FROM ops.agents;

-- name: test_read_ops_llm
SELECT * FROM ops.llm;

-- name: test_read_ops_tenants
SELECT * FROM ops.tenants;

-- name: test_read_ops_webhooks
SELECT * FROM ops.webhooks;

-- name: test_read_ops_rate_limits
SELECT * FROM ops.rate_limits;

-- name: test_read_ops_audit
SELECT * FROM ops.audit;

-- name: test_read_ops_security_events
SELECT * FROM ops.security_events;

-- name: bench_data_directory
-- Where the server keeps its data (postmaster.pid names its main process): the
-- API benchmark reads the server's CPU time from there when it runs on this host.
SELECT current_setting('data_directory') AS data_directory;

-- name: bench_round_trip
-- The API benchmark's floor: the least an endpoint that reads anything from
-- PostgreSQL pays, one trivial statement.
SELECT 1 AS one;

-- name: soak_task_attempts
-- The soak's report: how many of each type's tasks ran more than once (a killed
-- worker's task rescued by the reaper, a refused webhook retried).
SELECT type, count(*) AS tasks, count(*) FILTER (WHERE attempts > 1) AS rerun
FROM task GROUP BY type ORDER BY type;
