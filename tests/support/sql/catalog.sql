-- The server's catalog and housekeeping, for tests that inspect the schema itself.

-- name: task_state_enum_values
SELECT enumlabel FROM pg_enum
WHERE enumtypid = 'task_state'::regtype
ORDER BY enumsortorder;

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

-- name: test_database_files
-- Where this database's files are, for tests that read raw table bytes (superuser).
SELECT current_setting('data_directory') AS data_directory,
       (SELECT oid FROM pg_database WHERE datname = current_database()) AS oid;

-- name: test_checkpoint
CHECKPOINT;

-- name: test_analyze
ANALYZE;

-- name: test_triggers_on_task
SELECT tgname AS name FROM pg_trigger
WHERE tgrelid = 'task'::regclass AND NOT tgisinternal
ORDER BY tgname;

-- name: test_functions_named
SELECT proname AS name FROM pg_proc
WHERE proname = ANY (%(names)s::text[]) AND pronamespace = 'public'::regnamespace
ORDER BY proname;

-- name: test_server_version_num
SELECT current_setting('server_version_num')::integer AS version_num;

-- name: enum_labels
SELECT enumlabel FROM pg_enum
WHERE enumtypid = %(type)s::regtype
ORDER BY enumsortorder;

-- name: check_constraints_of
-- A table's CHECK constraints as the server prints them ("CHECK ((kind = ANY (...))))").
SELECT conname AS name, pg_get_constraintdef(oid) AS definition
FROM pg_constraint
WHERE conrelid = %(table)s::regclass AND contype = 'c'
ORDER BY conname;

-- name: task_type_names
SELECT name FROM task_type ORDER BY name;
