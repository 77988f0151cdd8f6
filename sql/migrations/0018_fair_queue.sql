-- Shared capacity no tenant can monopolise (issue 16): claims rotate across the
-- tenants with work ready, and each tenant has caps on running and queued scans.

-- NULL: the service defaults (SECURETAG_TENANT_MAX_RUNNING_SCANS, _MAX_QUEUED_SCANS).
ALTER TABLE tenant
    ADD COLUMN max_running_scans integer CHECK (max_running_scans >= 1),
    ADD COLUMN max_queued_scans  integer CHECK (max_queued_scans >= 1);

-- The claim path, per type and tenant: a skip scan finds the tenants with work
-- ready, then each tenant's head in its own priority order. Tasks without a
-- tenant (noop, system tasks) sit together at the end of each type's range.
DROP INDEX task_claimable_idx;
CREATE INDEX task_claimable_idx ON task (type, tenant_id, priority DESC, run_after, id)
    WHERE state IN ('queued', 'retrying');

-- A tenant's running tasks per type: the claim's fair order and its running cap.
CREATE INDEX task_running_tenant_idx ON task (tenant_id, type)
    WHERE state = 'running' AND tenant_id IS NOT NULL;
