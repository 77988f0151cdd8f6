-- Scans and their uploads (as the admin).

-- name: test_scan_target
SELECT id, target_url, key_version FROM scan WHERE id = %(id)s;

-- name: test_scan_state
SELECT state::text AS state FROM scan WHERE id = %(id)s;

-- name: test_age_scan
UPDATE scan SET state = 'succeeded', finished_at = now() - make_interval(days => %(days)s)
WHERE id = %(id)s;

-- name: test_upload_of_scan
SELECT id, tenant_id, content, key_version FROM upload WHERE scan_id = %(scan_id)s;

-- name: test_scan_catch_up_with_tasks
SELECT scan_catch_up_with_tasks() AS updated;

-- name: test_scan_triage_catch_up_with_tasks
SELECT scan_triage_catch_up_with_tasks() AS updated;

-- name: test_tenant_scans_and_tasks
SELECT (SELECT count(*) FROM scan WHERE tenant_id = %(tenant_id)s) AS scans,
       (SELECT count(*) FROM task WHERE tenant_id = %(tenant_id)s) AS tasks;

-- name: test_findings_written_at
-- When a scan's findings were written: the finishing transaction's start (now()).
SELECT extract(epoch FROM min(created_at))::float8 AS written_at, count(*) AS n
FROM finding WHERE scan_id = %(scan_id)s;
