-- Audit log integrity (issue 17, item 4): only the chain function moves the
-- chain's head, the server stamps each row's time, a role can only name the
-- actors it speaks for, and signed anchors of the head are kept.
--
-- Who writes audit_head: the role that ran the migrations (it owns audit_head and
-- audit_chain()), and only through audit_chain(), which now runs as that owner
-- (SECURITY DEFINER). The API and worker roles keep INSERT on audit_log and lose
-- every privilege on audit_head, so a compromised API or worker can no longer
-- rewind `seq` (every later audited write would then fail on a duplicate key) or
-- fork the chain. No new role and no superuser are needed: this works wherever
-- migration 0002 did, a managed PostgreSQL included (see docs/security.md).

-- --------------------------------------------------------------------------- the chain

-- SECURITY DEFINER runs this as its owner, so its search_path is fixed and every
-- object outside pg_catalog is named with its schema: nothing a caller puts on
-- its own search_path (a temporary table, a look-alike function) is picked up.
-- A trigger function cannot be called directly, so the owner's rights are used
-- only for the one row being inserted into audit_log.
CREATE OR REPLACE FUNCTION audit_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    head public.audit_head%ROWTYPE;
BEGIN
    SELECT * INTO head FROM public.audit_head FOR UPDATE;
    NEW.seq := head.seq + 1;
    -- The server's clock, whatever the caller supplied: a row cannot be backdated.
    NEW.at := date_trunc('microseconds', clock_timestamp());
    NEW.prev_hash := head.hash;
    NEW.hash := sha256(head.hash || convert_to(public.audit_canonical(
        NEW.seq, NEW.at, NEW.tenant_id, NEW.actor, NEW.action, NEW.target, NEW.outcome,
        NEW.request_id, NEW.client_addr, NEW.details), 'UTF8'));
    UPDATE public.audit_head SET seq = NEW.seq, hash = NEW.hash;
    RETURN NEW;
END;
$$;

-- The actors each role may name (the callers: securetag/store/audit.py and its
-- users, sql/queries/task.sql, the task_finished trigger of migration 0014):
--   securetag_api     an API key id (12 letters or digits: the caller's key), or
--                     `webhooks` (a cancelled scan's webhook fan-out, trigger task_finished)
--   securetag_worker  `worker`, `worker:<id>`, `reaper`, `system`, `webhooks`
--   the owner, securetag_admin members (the admin CLI)  any actor: they own the
--                     table and its triggers, so a rule here would not bind them
-- Any other role is refused (none has INSERT today).
--
-- SECURITY INVOKER on purpose: it must see the caller as current_user, which a
-- SECURITY DEFINER function cannot. Being a trigger, the caller cannot skip it.
-- Triggers of one kind fire in name order, so audit_actor_claim runs before
-- audit_chain and a refused row never locks or moves the head.
CREATE FUNCTION audit_actor_claim() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF pg_has_role(current_user, 'securetag_admin', 'MEMBER')
       OR pg_has_role(current_user,
                      (SELECT relowner FROM pg_class WHERE oid = 'public.audit_log'::regclass),
                      'MEMBER') THEN
        RETURN NEW;
    END IF;
    IF pg_has_role(current_user, 'securetag_api', 'USAGE') THEN
        IF NEW.actor ~ '^[A-Za-z0-9]{12}$' OR NEW.actor = 'webhooks' THEN
            RETURN NEW;
        END IF;
    ELSIF pg_has_role(current_user, 'securetag_worker', 'USAGE') THEN
        IF NEW.actor IN ('worker', 'reaper', 'system', 'webhooks')
           OR NEW.actor ~ '^worker:[^[:space:]]+$' THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'role % may not record audit events as actor %', current_user, NEW.actor
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_actor_claim BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_actor_claim();

REVOKE ALL ON audit_head FROM securetag_api, securetag_worker;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_head FROM securetag_admin;
-- Workers log the head now and then as an anchor (securetag/queue/worker.py).
GRANT SELECT ON audit_head TO securetag_worker;

-- --------------------------------------------------------------------------- anchors

-- The message names the table, so one function serves audit_log and audit_anchor.
CREATE OR REPLACE FUNCTION audit_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- `securetag audit anchor` records the head it saw, with an HMAC under the audit
-- key (SECURETAG_AUDIT_KEY_FILE), which never enters the database. Whoever can
-- write the database but lacks the key can re-hash the whole chain after an edit,
-- but cannot sign the new hashes: `securetag audit verify` then finds an anchored
-- row whose hash changed, or an anchor whose signature fails. Deleting anchors (or
-- cutting rows from the end) is caught only against copies kept outside the
-- database: the anchor's log line, its file, the alert webhook (docs/security.md).
CREATE TABLE audit_anchor (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at    timestamptz NOT NULL DEFAULT now(),
    seq   bigint NOT NULL CHECK (seq >= 0),
    hash  bytea NOT NULL CHECK (length(hash) = 32),
    -- HMAC-SHA256(audit key, "securetag-audit-anchor:v1:<seq>:<hash hex>")
    mac   bytea NOT NULL CHECK (length(mac) = 32)
);

CREATE TRIGGER audit_anchor_no_update_delete BEFORE UPDATE OR DELETE ON audit_anchor
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_anchor_no_truncate BEFORE TRUNCATE ON audit_anchor
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

GRANT SELECT, INSERT ON audit_anchor TO securetag_admin;
