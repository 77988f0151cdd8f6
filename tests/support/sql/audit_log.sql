-- The audit log as the tests read it (as the admin).

-- name: audit_rows_for_test
SELECT seq, actor, action, target, outcome, request_id, client_addr, tenant_id
FROM audit_log WHERE target = %(target)s ORDER BY seq;

-- name: audit_task_rows_for_test
SELECT seq, tenant_id, actor, action, outcome, details
FROM audit_log WHERE action LIKE 'task.%%' ORDER BY seq;

-- name: test_audit_log
SELECT seq, actor, action, target, details FROM audit_log ORDER BY seq;

-- name: test_audit_actions
SELECT seq, tenant_id, actor, action, target, outcome, details FROM audit_log
WHERE action = %(action)s ORDER BY seq;

-- name: audit_canonical_rows
-- The server's own canonical form of each row, for tests that compare it with Python's.
SELECT seq,
       audit_canonical(seq, at, tenant_id, actor, action, target, outcome, request_id,
                       client_addr, details) AS canonical
FROM audit_log
ORDER BY seq;

-- name: test_audit_times
SELECT seq, at FROM audit_log ORDER BY seq;

-- name: audit_chain_function_for_test
SELECT prosecdef, proconfig FROM pg_proc WHERE proname = 'audit_chain';
