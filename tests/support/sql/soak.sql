-- The soak test's report (tests/soak).

-- name: soak_task_attempts
-- The soak's report: how many of each type's tasks ran more than once (a killed
-- worker's task rescued by the reaper, a refused webhook retried).
SELECT type, count(*) AS tasks, count(*) FILTER (WHERE attempts > 1) AS rerun
FROM task GROUP BY type ORDER BY type;
