-- Tenants' webhooks: when a scan finishes (and when its triage does), Securetag
-- POSTs a signed summary to each URL the tenant registered. Each POST is a
-- `webhook` task, so a receiver that is down is retried with backoff by the
-- queue, from any worker host.

-- `sealed` is sealed JSON {"url": ..., "secret": ...} (securetag/vault.py,
-- purpose tenant_webhook.sealed): webhook URLs often carry tokens, and the
-- signing secret must be readable to sign. `origin` (scheme://host[:port]) is
-- what listings and the audit log show.
CREATE TABLE tenant_webhook (
    id           uuid PRIMARY KEY,
    tenant_id    uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    origin       text NOT NULL,
    events       text[] NOT NULL
                 CHECK (events <@ ARRAY['scan.completed', 'scan.triaged'] AND cardinality(events) > 0),
    description  text NOT NULL DEFAULT '' CHECK (length(description) <= 200),
    sealed       bytea NOT NULL,
    key_version  integer NOT NULL,
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tenant_webhook_tenant_idx ON tenant_webhook (tenant_id, created_at);
CREATE INDEX tenant_webhook_key_version_idx ON tenant_webhook (tenant_id, key_version);

-- One row per (webhook, scan, event): what was sent, how often, and how it went.
-- task_id is the `webhook` task that delivers it.
CREATE TABLE webhook_delivery (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id     uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    webhook_id    uuid NOT NULL REFERENCES tenant_webhook (id) ON DELETE CASCADE,
    scan_id       uuid NOT NULL REFERENCES scan (id) ON DELETE CASCADE,
    event         text NOT NULL,
    -- How the task that fired it ended (a triage that failed is news too).
    outcome       text NOT NULL,
    task_id       bigint NOT NULL,
    state         text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts      integer NOT NULL DEFAULT 0,
    last_status   integer,
    last_error    text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz
);
CREATE INDEX webhook_delivery_webhook_idx ON webhook_delivery (webhook_id, created_at DESC);
CREATE INDEX webhook_delivery_created_idx ON webhook_delivery (created_at);

-- Row-level security for a tenant-owned table, as every earlier migration spelled it
-- out: the API sees its own tenant's rows, workers and the admin every tenant's.
-- Later migrations call this instead of repeating the policies.
CREATE FUNCTION enable_tenant_isolation(t regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s TO securetag_api '
                   'USING (tenant_id = current_tenant_id()) '
                   'WITH CHECK (tenant_id = current_tenant_id())', t);
    EXECUTE format('CREATE POLICY worker_all ON %s TO securetag_worker '
                   'USING (true) WITH CHECK (true)', t);
    EXECUTE format('CREATE POLICY admin_all ON %s TO securetag_admin '
                   'USING (true) WITH CHECK (true)', t);
END
$$;

SELECT enable_tenant_isolation('tenant_webhook');
SELECT enable_tenant_isolation('webhook_delivery');

GRANT SELECT, INSERT, DELETE ON tenant_webhook TO securetag_api;
GRANT SELECT, INSERT ON webhook_delivery TO securetag_api;
GRANT SELECT ON tenant_webhook TO securetag_worker;
GRANT SELECT, INSERT, UPDATE ON webhook_delivery TO securetag_worker;
GRANT SELECT, INSERT, UPDATE, DELETE ON tenant_webhook, webhook_delivery TO securetag_admin;

-- The fan-out runs in the transaction that ends the task, whoever ends it: the
-- worker completing or failing it, the reaper timing it out, the API or the CLI
-- cancelling it. So a finished scan cannot miss its webhooks, and nothing is
-- queued for a scan whose end rolled back. It runs as the caller, under the
-- caller's row-level security (the API only ever cancels its own tenant's task).
--
-- The `webhook` task's attempts (8) and timeout (60 s) are set here, because
-- no Python runs on this path; BUILTIN_TASK_TYPES in securetag/config.py says
-- the same, and a test holds them equal.
CREATE FUNCTION webhook_fan_out() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_scan_id uuid;
    v_event   text;
    v_queued  integer;
BEGIN
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
        SELECT task_id, tenant_id, 'webhook', 8, 60,
               jsonb_build_object('delivery_id', id), 'webhook:' || id
        FROM deliveries
        RETURNING id, tenant_id
    ),
    audited AS (
        INSERT INTO audit_log (tenant_id, actor, action, target, outcome, details)
        SELECT tenant_id, 'webhooks', 'task.enqueue', 'task', 'success',
               jsonb_build_object('task_ids', array_agg(id ORDER BY id), 'state', 'queued',
                                  'event', v_event, 'scan_id', v_scan_id)::text
        FROM queued GROUP BY tenant_id
    )
    SELECT count(*) INTO v_queued FROM queued;
    IF v_queued > 0 THEN
        PERFORM pg_notify('securetag_task', 'webhook');
    END IF;
    RETURN NULL;
END
$$;

-- Only the task types that end a scan or its triage, and only on the change into
-- a final state, so the queue's hot paths (no-op batches) never call it.
CREATE TRIGGER task_finished_webhooks
    AFTER UPDATE OF state ON task
    FOR EACH ROW
    WHEN (NEW.tenant_id IS NOT NULL
          AND NEW.type IN ('code_audit', 'web_scan', 'triage')
          AND NEW.state IN ('succeeded', 'failed', 'timed_out', 'cancelled')
          AND OLD.state IS DISTINCT FROM NEW.state)
    EXECUTE FUNCTION webhook_fan_out();
