-- The built-in task types as the database holds them (table task_type), changed
-- behind the migration runner's back.

-- name: test_task_type
SELECT name, timeout_s, max_attempts, claim_batch FROM task_type WHERE name = %(name)s;

-- name: test_set_task_type
UPDATE task_type SET max_attempts = %(max_attempts)s, timeout_s = %(timeout_s)s
WHERE name = %(name)s;

-- name: test_delete_task_type
DELETE FROM task_type WHERE name = %(name)s;
