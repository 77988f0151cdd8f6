-- A scan ends when its task ends. The orchestrator normally finishes the scan
-- itself, but a task can also end without it: the reaper times it out or fails it
-- once its attempts are spent (a worker died or hung), or an operator cancels the
-- task (`securetag task cancel`). Until now only GET /scans/{id} worked out such a
-- scan's state at read time; GET /scans (and its ?state= filter) and DELETE
-- /scans/{id} saw a scan that stayed "running" for ever. Now the scan row takes
-- the task's final state, its error and its end time in the transaction that
-- ends the task, so every reader sees the same thing.

-- The scan of task `t`, if still queued/running/retrying, takes `t`'s final
-- state, error and end time; returns how many scans changed (0 or 1). It runs as
-- the caller, under the caller's row-level security, like webhook_fan_out: the
-- worker and admin roles see every tenant's scans, and the API only ever ends
-- its own tenant's tasks.
CREATE FUNCTION scan_end_with_task(t task) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    v_updated integer;
BEGIN
    UPDATE scan s
    SET state = t.state,
        error = coalesce(s.error,
                         CASE WHEN t.state IN ('failed', 'timed_out') THEN t.last_error END),
        finished_at = coalesce(s.finished_at, t.finished_at, now())
    WHERE s.task_id = t.id AND s.tenant_id = t.tenant_id
      AND s.state IN ('queued', 'running', 'retrying');
    GET DIAGNOSTICS v_updated = ROW_COUNT;
    RETURN v_updated;
END
$$;

CREATE FUNCTION scan_follow_task() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM scan_end_with_task(NEW);
    RETURN NULL;
END
$$;

-- Only a scan's own task type, and only on the change into a final state that
-- the orchestrator did not write (a succeeded task's scan was finished by it).
-- Named so that it fires before task_finished_webhooks (triggers on one event
-- fire in name order): a webhook's summary is read later anyway, but the scan is
-- final by the time its delivery exists.
CREATE TRIGGER task_finished_scan
    AFTER UPDATE OF state ON task
    FOR EACH ROW
    WHEN (NEW.tenant_id IS NOT NULL
          AND NEW.type IN ('code_audit', 'web_scan')
          AND NEW.state IN ('failed', 'timed_out', 'cancelled')
          AND OLD.state IS DISTINCT FROM NEW.state)
    EXECUTE FUNCTION scan_follow_task();

-- Scans whose task ended before this migration: the same rule, once. Returns
-- how many it brought up to date (tests call it after ending a task with the
-- trigger disabled).
CREATE FUNCTION scan_catch_up_with_tasks() RETURNS integer
LANGUAGE sql AS $$
    SELECT coalesce(sum(scan_end_with_task(t)), 0)::integer
    FROM task t
    JOIN scan s ON s.task_id = t.id AND s.tenant_id = t.tenant_id
    WHERE s.state IN ('queued', 'running', 'retrying')
      AND t.state IN ('failed', 'timed_out', 'cancelled');
$$;

-- The migrating owner may be neither superuser nor BYPASSRLS, and FORCE ROW
-- LEVEL SECURITY would then hide every scan from it. Lifting FORCE inside this
-- migration's transaction (ALTER TABLE holds its lock until commit, and nobody
-- sees the table without it) lets the owner see them all, once.
ALTER TABLE scan NO FORCE ROW LEVEL SECURITY;
SELECT scan_catch_up_with_tasks();
ALTER TABLE scan FORCE ROW LEVEL SECURITY;

REVOKE ALL ON FUNCTION scan_catch_up_with_tasks() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION scan_catch_up_with_tasks() TO securetag_admin;
