-- A webhook delivery ends when its `webhook` task ends. The sender records each
-- attempt itself, but the task can also end without it: the reaper fails it once
-- its attempts are spent (a worker died mid-send, every time) or times it out, or
-- an operator cancels it. Until now only GET /webhooks/{id}/deliveries worked out
-- such a delivery's state at read time; the operators' dashboard (ops.webhooks)
-- counted it as pending for ever. Now the delivery row takes 'failed', the
-- task's attempts, error and end time in the transaction that ends the task.

-- The delivery of webhook task `t`, if still pending, is failed; returns how
-- many deliveries changed (0 or 1). As the caller, under the caller's
-- row-level security, like scan_end_with_task (migration 0010).
CREATE FUNCTION webhook_delivery_end_with_task(t task) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    v_updated integer;
BEGIN
    UPDATE webhook_delivery d
    SET state = 'failed',
        attempts = greatest(d.attempts, t.attempts),
        last_error = coalesce(d.last_error, t.last_error),
        finished_at = coalesce(t.finished_at, now())
    WHERE d.id = (t.payload ->> 'delivery_id')::uuid AND d.tenant_id = t.tenant_id
      AND d.state = 'pending';
    GET DIAGNOSTICS v_updated = ROW_COUNT;
    RETURN v_updated;
END
$$;

CREATE FUNCTION webhook_delivery_follow_task() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM webhook_delivery_end_with_task(NEW);
    RETURN NULL;
END
$$;

-- The sender itself marks a delivery delivered, or failed after the last refused
-- attempt; a succeeded task's delivery is settled already.
CREATE TRIGGER task_finished_webhook_delivery
    AFTER UPDATE OF state ON task
    FOR EACH ROW
    WHEN (NEW.tenant_id IS NOT NULL
          AND NEW.type = 'webhook'
          AND NEW.state IN ('failed', 'timed_out', 'cancelled')
          AND OLD.state IS DISTINCT FROM NEW.state)
    EXECUTE FUNCTION webhook_delivery_follow_task();

-- Deliveries stranded before this migration: once, as the owner, with FORCE
-- lifted inside this transaction only (see migration 0010).
CREATE FUNCTION webhook_delivery_catch_up_with_tasks() RETURNS integer
LANGUAGE sql AS $$
    SELECT coalesce(sum(webhook_delivery_end_with_task(t)), 0)::integer
    FROM task t
    JOIN webhook_delivery d ON d.task_id = t.id AND d.tenant_id = t.tenant_id
    WHERE t.type = 'webhook' AND d.state = 'pending'
      AND t.state IN ('failed', 'timed_out', 'cancelled');
$$;

ALTER TABLE webhook_delivery NO FORCE ROW LEVEL SECURITY;
SELECT webhook_delivery_catch_up_with_tasks();
ALTER TABLE webhook_delivery FORCE ROW LEVEL SECURITY;

REVOKE ALL ON FUNCTION webhook_delivery_catch_up_with_tasks() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION webhook_delivery_catch_up_with_tasks() TO securetag_admin;
