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

-- name: test_define_columns_holding
-- A session-local function (pg_temp): call it on the same connection (a pool of one).
-- Run without parameters, so its `%` are format()'s own.
-- It counts, in every text, varchar, json, jsonb, bytea (and array of text) column of
-- every table in the public schema, the rows holding `needle` in plain text; bytea is
-- searched as raw bytes.
CREATE OR REPLACE FUNCTION pg_temp.columns_holding(needle text)
RETURNS TABLE (table_name text, column_name text, hits bigint)
LANGUAGE plpgsql AS $fn$
DECLARE
    c record;
BEGIN
    FOR c IN
        SELECT cols.table_name::text AS tname, cols.column_name::text AS cname,
               cols.data_type = 'bytea' AS raw
        FROM information_schema.columns cols
        JOIN information_schema.tables t
          ON t.table_schema = cols.table_schema AND t.table_name = cols.table_name
        WHERE cols.table_schema = 'public' AND t.table_type = 'BASE TABLE'
          AND (cols.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb',
                                  'bytea')
               OR (cols.data_type = 'ARRAY'
                   AND cols.udt_name IN ('_text', '_varchar', '_jsonb', '_json')))
        ORDER BY 1, 2
    LOOP
        table_name := c.tname;
        column_name := c.cname;
        IF c.raw THEN
            EXECUTE format('SELECT count(*) FROM public.%I WHERE position($1 IN %I) > 0',
                           c.tname, c.cname)
                INTO hits USING convert_to(needle, 'UTF8');
        ELSE
            EXECUTE format('SELECT count(*) FROM public.%I WHERE strpos(%I::text, $1) > 0',
                           c.tname, c.cname)
                INTO hits USING needle;
        END IF;
        IF hits > 0 THEN
            RETURN NEXT;
        END IF;
    END LOOP;
END
$fn$;

-- name: test_columns_holding
SELECT table_name, column_name, hits FROM pg_temp.columns_holding(%(needle)s);

-- name: test_text_columns_searched
-- How many columns test_columns_holding searches (a test checks it searched a lot).
SELECT count(*) AS columns
FROM information_schema.columns c
JOIN information_schema.tables t
  ON t.table_schema = c.table_schema AND t.table_name = c.table_name
WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
  AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')
       OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar', '_jsonb', '_json')));

-- name: test_bytea_probe_create
CREATE TABLE public.test_bytea_probe (value bytea NOT NULL);

-- name: test_bytea_probe_insert
INSERT INTO public.test_bytea_probe (value) VALUES (%(value)s);

-- name: test_bytea_probe_drop
DROP TABLE IF EXISTS public.test_bytea_probe;
