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
     + (SELECT count(*) FROM context_entry WHERE tenant_id = %(tenant_id)s) AS rows;

-- name: test_audit_log
SELECT seq, actor, action, target, details FROM audit_log ORDER BY seq;

-- name: test_database_files
-- Where this database's files are, for tests that read raw table bytes (superuser).
SELECT current_setting('data_directory') AS data_directory,
       (SELECT oid FROM pg_database WHERE datname = current_database()) AS oid;

-- name: test_checkpoint
CHECKPOINT;
