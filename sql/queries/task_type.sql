-- The built-in task types (table task_type, migration 0014), written by the
-- migration runner from BUILTIN_TASK_TYPES after every run.

-- name: sync_task_types
-- Rows equal to the arrays afterwards: changed ones updated, missing ones added,
-- types no longer built in removed. Unchanged rows are not rewritten.
WITH given AS (
    SELECT *
    FROM unnest(%(names)s::text[], %(timeouts_s)s::float8[], %(max_attempts)s::integer[],
                %(claim_batches)s::integer[]) AS g (name, timeout_s, max_attempts, claim_batch)
),
upserted AS (
    INSERT INTO task_type AS t (name, timeout_s, max_attempts, claim_batch)
    SELECT name, timeout_s, max_attempts, claim_batch FROM given
    ON CONFLICT (name) DO UPDATE
    SET timeout_s = EXCLUDED.timeout_s, max_attempts = EXCLUDED.max_attempts,
        claim_batch = EXCLUDED.claim_batch
    WHERE (t.timeout_s, t.max_attempts, t.claim_batch)
          IS DISTINCT FROM (EXCLUDED.timeout_s, EXCLUDED.max_attempts, EXCLUDED.claim_batch)
)
DELETE FROM task_type t
WHERE t.name NOT IN (SELECT name FROM given);
