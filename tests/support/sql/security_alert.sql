-- Security alerts (as the admin).

-- name: test_alerts
SELECT kind, at, subject, events, sent_at, attempts, last_error FROM security_alert ORDER BY at;
