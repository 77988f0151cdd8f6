-- The scan and its upload (securetag/scanning/store.py owns every statement here).
-- API statements run in a transaction scoped to the caller's tenant: row-level
-- security hides every other tenant's rows, and the explicit tenant_id conditions
-- say so to the reader too. Worker statements run as the worker role.

-- name: insert_scan
-- target_url arrives sealed (securetag/store/vault.py) under data key key_version;
-- the id is chosen by the caller because the seal binds it.
INSERT INTO scan (id, tenant_id, type, project, target_url, key_version, profile, created_by)
VALUES (%(id)s, current_tenant_id(), %(type)s::scan_type, %(project)s, %(target_url)s,
        %(key_version)s, %(profile)s, %(created_by)s)
RETURNING id;

-- name: set_scan_task
UPDATE scan SET task_id = %(task_id)s
WHERE id = %(id)s AND tenant_id = current_tenant_id()
RETURNING id, type::text AS type, project, state::text AS state, task_id, target_url, key_version,
          profile, progress, severity_counts, error, created_by, created_at, started_at, finished_at,
          triage_state;

-- name: insert_upload
-- content arrives sealed, bound to the upload id the caller chose.
INSERT INTO upload (id, tenant_id, scan_id, filename, archive_format, size_bytes, sha256,
                    content, key_version)
VALUES (%(id)s, current_tenant_id(), %(scan_id)s, %(filename)s, %(archive_format)s,
        %(size_bytes)s, %(sha256)s, %(content)s, %(key_version)s);

-- name: get_scan
SELECT id, type::text AS type, project, state::text AS state, task_id, target_url, key_version,
       profile, progress, severity_counts, error, created_by, created_at, started_at, finished_at,
       triage_state, triage_summary, coverage
FROM scan
WHERE id = %(id)s AND tenant_id = current_tenant_id();

-- name: list_scans
-- Newest first; the cursor is the (created_at, id) of the last row already seen.
SELECT id, type::text AS type, project, state::text AS state, task_id, target_url, key_version,
       profile, progress, severity_counts, error, created_by, created_at, started_at, finished_at,
       triage_state, triage_summary, coverage
FROM scan
WHERE tenant_id = current_tenant_id()
  AND (%(type)s::scan_type IS NULL OR type = %(type)s::scan_type)
  AND (%(state)s::task_state IS NULL OR state = %(state)s::task_state)
  AND (%(project)s::text IS NULL OR project = %(project)s::text)
  AND (%(after_created_at)s::timestamptz IS NULL
       OR (created_at, id) < (%(after_created_at)s::timestamptz, %(after_id)s::uuid))
ORDER BY created_at DESC, id DESC
LIMIT %(limit)s;

-- name: cancel_scan
UPDATE scan SET state = 'cancelled', finished_at = now()
WHERE id = %(id)s AND tenant_id = current_tenant_id()
  AND state IN ('queued', 'running', 'retrying')
RETURNING id, task_id;

-- name: scan_for_task
SELECT id, tenant_id, type::text AS type, project, state::text AS state, target_url,
       key_version, profile
FROM scan
WHERE id = %(scan_id)s;

-- name: upload_for_scan
SELECT id, archive_format, size_bytes, content, key_version
FROM upload
WHERE scan_id = %(scan_id)s;

-- name: scan_start
-- A retried attempt starts the scan again: earlier partial results are dropped
-- (findings and progress), tool_execution rows of every attempt stay.
WITH cleared AS (
    DELETE FROM finding WHERE scan_id = %(id)s
)
UPDATE scan
SET state = 'running', started_at = coalesce(started_at, now()), progress = '{}'::jsonb,
    error = NULL, coverage = NULL
WHERE id = %(id)s AND state IN ('queued', 'running', 'retrying');

-- name: scan_progress
-- The stage's new entry merges into its earlier one: the started_at of `running` stays
-- beside the finished_at of its end, so a reader sees how long each stage took.
UPDATE scan
SET progress = progress || jsonb_build_object(
        %(stage)s::text, coalesce(progress -> %(stage)s::text, '{}'::jsonb) || %(entry)s::jsonb)
WHERE id = %(id)s;

-- name: scan_finish
-- Only a running scan finishes: one cancelled meanwhile stays cancelled. finished_at is
-- the clock when this runs, after the findings the same transaction wrote (now() would
-- be the transaction's start, and hide the time they took).
UPDATE scan
SET state = %(state)s::task_state, finished_at = clock_timestamp(), severity_counts = %(counts)s::jsonb,
    error = %(error)s, coverage = %(coverage)s::jsonb
WHERE id = %(id)s AND state = 'running'
RETURNING id;

-- name: scan_fail
UPDATE scan
SET state = 'failed', finished_at = now(), error = %(error)s
WHERE id = %(id)s AND state IN ('queued', 'running', 'retrying')
RETURNING id;

-- name: scan_triage_state
UPDATE scan SET triage_state = %(triage_state)s WHERE id = %(id)s;

-- name: scan_triage_summary
-- The scan's triage counted from its rows (shape: TriageSummary in
-- securetag/scanning/store.py); `pending` and `cap` come from the triage task.
UPDATE scan s
SET triage_summary = jsonb_build_object(
        'cap', %(cap)s::int,
        'pending', %(pending)s::int,
        'triaged', v.triaged,
        'sent_to_model', v.triaged - v.shared,
        'shared_verdicts', v.shared,
        'not_triaged', n.total,
        'not_triaged_reasons', n.by_reason)
FROM (SELECT count(*)::int AS triaged,
             (count(*) FILTER (WHERE t.shared_from IS NOT NULL))::int AS shared
      FROM finding_triage t WHERE t.scan_id = %(id)s) AS v,
     (SELECT coalesce(sum(r.n), 0)::int AS total,
             coalesce(jsonb_object_agg(r.reason, r.n), '{}'::jsonb) AS by_reason
      FROM (SELECT x.reason, count(*)::int AS n FROM finding_not_triaged x
            WHERE x.scan_id = %(id)s GROUP BY x.reason) AS r) AS n
WHERE s.id = %(id)s;

-- name: purge_uploads
-- Archives of finished scans past their tenant's retention (else the default).
WITH doomed AS (
    SELECT u.id FROM upload u
    JOIN scan s ON s.id = u.scan_id
    JOIN tenant t ON t.id = u.tenant_id
    WHERE s.state IN ('succeeded', 'failed', 'timed_out', 'cancelled')
      AND s.finished_at < now() - make_interval(days => coalesce(t.retention_days, %(days)s))
    LIMIT %(limit)s
    FOR UPDATE OF u SKIP LOCKED
),
gone AS (
    DELETE FROM upload u USING doomed d WHERE u.id = d.id RETURNING u.id
)
SELECT count(*) AS purged FROM gone;
