-- A scan's triage can end without finishing: its `triage` task fails after its
-- attempts (the model stayed unreachable for hours), times out, or an operator
-- cancels it. Until now the scan then read `"triage": "pending"` for ever, and a
-- CI client waiting for the triage (securetag ci --wait) waited until its own
-- timeout. Now the scan's triage_state becomes 'failed' in the transaction that
-- ends the task; verdicts given before stay, the other findings have none.

DO $$
DECLARE
    v_name text;
BEGIN
    -- Migration 0006 declared the CHECK inline, so PostgreSQL named it.
    SELECT c.conname INTO STRICT v_name
    FROM pg_constraint c
    WHERE c.conrelid = 'scan'::regclass AND c.contype = 'c'
      AND pg_get_constraintdef(c.oid) LIKE '%triage_state%';
    EXECUTE format('ALTER TABLE scan DROP CONSTRAINT %I', v_name);
END
$$;
ALTER TABLE scan ADD CONSTRAINT scan_triage_state_check
    CHECK (triage_state IN ('none', 'pending', 'done', 'failed'));

-- The scan of triage task `t`, if its triage is still pending, reads 'failed';
-- returns how many scans changed (0 or 1). As the caller, under the caller's
-- row-level security, like scan_end_with_task (migration 0010).
CREATE FUNCTION scan_triage_end_with_task(t task) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    v_updated integer;
BEGIN
    UPDATE scan s
    SET triage_state = 'failed'
    WHERE s.id = (t.payload ->> 'scan_id')::uuid AND s.tenant_id = t.tenant_id
      AND s.triage_state = 'pending';
    GET DIAGNOSTICS v_updated = ROW_COUNT;
    RETURN v_updated;
END
$$;

CREATE FUNCTION scan_triage_follow_task() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM scan_triage_end_with_task(NEW);
    RETURN NULL;
END
$$;

-- A succeeded triage task set 'done' itself (securetag/triage_task.py). Fires
-- before task_finished_webhooks (name order), so scan.triaged reads 'failed'.
CREATE TRIGGER task_finished_triage
    AFTER UPDATE OF state ON task
    FOR EACH ROW
    WHEN (NEW.tenant_id IS NOT NULL
          AND NEW.type = 'triage'
          AND NEW.state IN ('failed', 'timed_out', 'cancelled')
          AND OLD.state IS DISTINCT FROM NEW.state)
    EXECUTE FUNCTION scan_triage_follow_task();

-- Triages that ended this way before this migration: once, as the owner, with
-- FORCE lifted inside this transaction only (see migration 0010).
CREATE FUNCTION scan_triage_catch_up_with_tasks() RETURNS integer
LANGUAGE sql AS $$
    SELECT coalesce(sum(scan_triage_end_with_task(t)), 0)::integer
    FROM task t
    JOIN scan s ON s.id = (t.payload ->> 'scan_id')::uuid AND s.tenant_id = t.tenant_id
    WHERE t.type = 'triage' AND s.triage_state = 'pending'
      AND t.state IN ('failed', 'timed_out', 'cancelled');
$$;

ALTER TABLE scan NO FORCE ROW LEVEL SECURITY;
SELECT scan_triage_catch_up_with_tasks();
ALTER TABLE scan FORCE ROW LEVEL SECURITY;

REVOKE ALL ON FUNCTION scan_triage_catch_up_with_tasks() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION scan_triage_catch_up_with_tasks() TO securetag_admin;
