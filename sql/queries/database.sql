-- The server's catalog, asked before the database is migrated (or exists).

-- name: database_exists
SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = %(name)s) AS present;
