-- The operators' dashboards (sql/dashboards/ops.sql) and what the cleanup jobs leave.

-- name: test_set_role_ops
-- LOCAL: the role ends with the transaction, not with the pooled connection.
SET LOCAL ROLE securetag_ops;

-- name: test_count
SELECT (SELECT count(*) FROM task) AS tasks, (SELECT count(*) FROM upload) AS uploads,
       (SELECT count(*) FROM worker) AS workers, (SELECT coalesce(sum(tasks), 0) FROM ops_task_daily) AS folded;

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

-- name: test_read_ops_refusals
SELECT * FROM ops.refusals;

-- name: test_read_ops_audit
SELECT * FROM ops.audit;

-- name: test_read_ops_security_events
SELECT * FROM ops.security_events;
