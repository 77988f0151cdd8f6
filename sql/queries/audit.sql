-- The hash-chained audit log (migration 0002). The trigger audit_chain assigns
-- seq, prev_hash and hash; securetag/store/audit.py recomputes them to verify.
-- Placeholders are psycopg's %(name)s, so a literal percent sign is written %%.

-- name: audit_append
-- No RETURNING: the API and worker roles may insert but not read the log.
-- The trigger audit_actor_claim refuses an actor the role may not name, and
-- audit_chain sets `at` from the server's clock (migration 0019).
INSERT INTO audit_log (tenant_id, actor, action, target, outcome, request_id, client_addr,
                       details)
VALUES (%(tenant_id)s::uuid, %(actor)s, %(action)s, %(target)s, %(outcome)s, %(request_id)s,
        %(client_addr)s, %(details)s);

-- name: audit_snapshot
-- Must be the transaction's first statement: the head and every batch of the
-- walk then come from one snapshot, so events committed meanwhile cannot look
-- like rows past the head.
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY;

-- name: audit_head
SELECT seq, hash FROM audit_head;

-- name: audit_rows_after
-- Keyset pagination on the primary key.
SELECT seq, at, tenant_id, actor, action, target, outcome, request_id, client_addr, details,
       prev_hash, hash
FROM audit_log
WHERE seq > %(after)s
ORDER BY seq
LIMIT %(limit)s;

-- name: audit_seq_of_hash
-- Only on the failure path (no index on hash): where a moved row's predecessor now stands.
SELECT seq FROM audit_log WHERE hash = %(hash)s ORDER BY seq LIMIT 1;

-- name: audit_anchors
-- Every signed anchor `securetag audit anchor` stored (migration 0019), oldest first.
SELECT id, at, seq, hash, mac FROM audit_anchor ORDER BY id;

-- name: audit_anchor_insert
INSERT INTO audit_anchor (seq, hash, mac) VALUES (%(seq)s, %(hash)s, %(mac)s)
RETURNING id, at;
