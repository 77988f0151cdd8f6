-- What happens when a task ends, in one place. Migrations 0009, 0010, 0012 and
-- 0013 each added an AFTER UPDATE trigger on task, and their order (scan first,
-- triage, delivery, then the webhook fan-out, which must see the scan final)
-- held only because PostgreSQL fires a row's triggers in name order. Now one
-- trigger calls one function that does the four steps in the order written.
--
-- The fan-out used to repeat the `webhook` task's attempts (8) and timeout (60 s)
-- as literals; it now reads them from task_type, which `securetag migrate` keeps
-- equal to BUILTIN_TASK_TYPES (securetag/kernel/config.py) on every run.

-- The built-in task types as the database needs them: SQL that queues a task
-- without Python on its path (the webhook fan-out) reads its settings here.
-- Not a registry of every type: producers may enqueue types of their own.
CREATE TABLE task_type (
    name          text PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 64),
    timeout_s     double precision NOT NULL CHECK (timeout_s > 0),
    max_attempts  integer NOT NULL CHECK (max_attempts BETWEEN 1 AND 100),
    claim_batch   integer NOT NULL CHECK (claim_batch BETWEEN 1 AND 1000)
);

-- The values of BUILTIN_TASK_TYPES today, so the table is complete inside this
-- migration's transaction; `securetag migrate` updates them after every run.
INSERT INTO task_type (name, timeout_s, max_attempts, claim_batch) VALUES
    ('noop', 60, 3, 500),
    ('code_audit', 1800, 3, 1),
    ('web_scan', 900, 3, 1),
    ('triage', 1800, 25, 1),
    ('webhook', 60, 8, 1);

-- Read by the trigger below, which runs as whoever ends the task.
GRANT SELECT ON task_type TO securetag_api, securetag_worker, securetag_admin;

DROP TRIGGER task_finished_scan ON task;
DROP TRIGGER task_finished_triage ON task;
DROP TRIGGER task_finished_webhook_delivery ON task;
DROP TRIGGER task_finished_webhooks ON task;
-- The *_end_with_task functions stay: the catch-up functions call them too.
DROP FUNCTION scan_follow_task();
DROP FUNCTION scan_triage_follow_task();
DROP FUNCTION webhook_delivery_follow_task();
DROP FUNCTION webhook_fan_out();

-- Runs in the transaction that ends the task, whoever ends it: the worker
-- completing or failing it, the reaper timing it out, the API or the CLI
-- cancelling it. So a scan, its triage and its deliveries cannot miss their
-- task's end, and nothing happens for an end that rolled back. It runs as the
-- caller, under the caller's row-level security (the API only ever ends its own
-- tenant's tasks; the worker and admin roles see every tenant).
CREATE FUNCTION task_finished() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_scan_id     uuid;
    v_event       text;
    v_deliveries  integer;
    v_queued      integer;
BEGIN
    -- 1. A scan ends with its task. The orchestrator finishes the scan itself
    -- when the task succeeds; a task that failed, timed out or was cancelled
    -- did not get that far (migration 0010).
    IF NEW.type IN ('code_audit', 'web_scan')
       AND NEW.state IN ('failed', 'timed_out', 'cancelled') THEN
        PERFORM scan_end_with_task(NEW);
    END IF;

    -- 2. A triage that ends without finishing reads 'failed'; a succeeded one
    -- set 'done' itself (migration 0012). Before step 4, so scan.triaged says so.
    IF NEW.type = 'triage' AND NEW.state IN ('failed', 'timed_out', 'cancelled') THEN
        PERFORM scan_triage_end_with_task(NEW);
    END IF;

    -- 3. A webhook delivery ends with its task; the sender settles the delivery
    -- itself when it gets that far (migration 0013).
    IF NEW.type = 'webhook' AND NEW.state IN ('failed', 'timed_out', 'cancelled') THEN
        PERFORM webhook_delivery_end_with_task(NEW);
    END IF;

    -- 4. The end of a scan or of its triage is news for the tenant's webhooks:
    -- one delivery row and one `webhook` task per subscribed webhook (migration 0009).
    IF NEW.type NOT IN ('code_audit', 'web_scan', 'triage') THEN
        RETURN NULL;
    END IF;
    IF NEW.type = 'triage' THEN
        v_event := 'scan.triaged';
        v_scan_id := (NEW.payload ->> 'scan_id')::uuid;
    ELSE
        v_event := 'scan.completed';
        SELECT s.id INTO v_scan_id FROM scan s WHERE s.task_id = NEW.id AND s.tenant_id = NEW.tenant_id;
    END IF;
    IF v_scan_id IS NULL THEN
        RETURN NULL;
    END IF;
    WITH deliveries AS (
        INSERT INTO webhook_delivery (tenant_id, webhook_id, scan_id, event, outcome, task_id)
        SELECT w.tenant_id, w.id, v_scan_id, v_event, NEW.state::text, nextval('task_id_seq')
        FROM tenant_webhook w
        WHERE w.tenant_id = NEW.tenant_id AND v_event = ANY (w.events)
        RETURNING id, tenant_id, task_id
    ),
    queued AS (
        INSERT INTO task (id, tenant_id, type, max_attempts, timeout_s, payload, dedup_key)
        SELECT d.task_id, d.tenant_id, t.name, t.max_attempts, t.timeout_s,
               jsonb_build_object('delivery_id', d.id), 'webhook:' || d.id
        FROM deliveries d
        JOIN task_type t ON t.name = 'webhook'
        RETURNING id, tenant_id
    ),
    audited AS (
        INSERT INTO audit_log (tenant_id, actor, action, target, outcome, details)
        SELECT tenant_id, 'webhooks', 'task.enqueue', 'task', 'success',
               jsonb_build_object('task_ids', array_agg(id ORDER BY id), 'state', 'queued',
                                  'event', v_event, 'scan_id', v_scan_id)::text
        FROM queued GROUP BY tenant_id
    )
    SELECT (SELECT count(*) FROM deliveries), (SELECT count(*) FROM queued)
    INTO v_deliveries, v_queued;
    -- Deliveries without their tasks would stay pending for ever: refuse the end.
    IF v_queued < v_deliveries THEN
        RAISE EXCEPTION 'task type "webhook" is missing from table task_type'
            USING HINT = 'run `securetag migrate`, which restores the built-in task types';
    END IF;
    IF v_queued > 0 THEN
        PERFORM pg_notify('securetag_task', 'webhook');
    END IF;
    RETURN NULL;
END
$$;

-- Only the task types the function serves, and only on the change into a final
-- state, so the queue's hot paths (no-op batches) never call it.
CREATE TRIGGER task_finished
    AFTER UPDATE OF state ON task
    FOR EACH ROW
    WHEN (NEW.tenant_id IS NOT NULL
          AND NEW.type IN ('code_audit', 'web_scan', 'triage', 'webhook')
          AND NEW.state IN ('succeeded', 'failed', 'timed_out', 'cancelled')
          AND OLD.state IS DISTINCT FROM NEW.state)
    EXECUTE FUNCTION task_finished();
