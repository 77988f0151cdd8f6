-- name: migrate_lock
-- Session-level: held by the migrating connection across the per-file transactions.
SELECT pg_advisory_lock(hashtext('securetag:migrate'));

-- name: migrate_unlock
SELECT pg_advisory_unlock(hashtext('securetag:migrate'));

-- name: create_migration_table
CREATE TABLE IF NOT EXISTS schema_migration (
    version     integer PRIMARY KEY,
    name        text        NOT NULL,
    checksum    text        NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
);

-- name: migration_table_exists
SELECT to_regclass('schema_migration') IS NOT NULL AS present;

-- name: applied_migrations
SELECT version, name, checksum, applied_at FROM schema_migration ORDER BY version;

-- name: record_migration
-- Inserted first, inside the file's transaction: a second migrator that slipped
-- past the lock would fail here instead of applying the file twice.
INSERT INTO schema_migration (version, name, checksum) VALUES (%(version)s, %(name)s, %(checksum)s);
