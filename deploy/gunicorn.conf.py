"""gunicorn settings for the Securetag API (`securetag serve` uses this file).

Values come from the same SECURETAG_* variables as the rest of the service.
"""

import os

host = os.environ.get("SECURETAG_API_HOST", "127.0.0.1")
bind = f"{host}:{os.environ.get('SECURETAG_API_PORT', '8080')}"
workers = int(os.environ.get("SECURETAG_API_WORKERS", "2"))
# Threads per worker: a slow client ties up one thread, not the whole process.
# gunicorn's gthread worker, writing the API's JSON error shape for the requests
# gunicorn refuses itself (over-long request line, bad headers) instead of HTML.
worker_class = "securetag.api.gunicorn_worker.JsonErrorWorker"
threads = int(os.environ.get("SECURETAG_API_THREADS", "4"))

# A request (a 50 MiB upload on a slow link included) that has not finished in
# this time gets its worker restarted; slow-body attacks cannot hold a worker longer.
timeout = int(os.environ.get("SECURETAG_API_TIMEOUT_S", "120"))
graceful_timeout = 30
keepalive = 5

# Header limits: a request line or header block past these is refused with 4xx.
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190

# Only a proxy on these addresses may set X-Forwarded-For (the audited client address).
forwarded_allow_ips = os.environ.get("SECURETAG_FORWARDED_ALLOW_IPS", "127.0.0.1")

# The app logs every request as one JSON line with its request id.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("SECURETAG_LOG_LEVEL", "info").lower()

# Prometheus: each gunicorn worker process writes its samples to one directory and
# /metrics (answered by any of them) reports the sum. A directory of this server's
# own, emptied at start, so counters of an earlier run never mix in.
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    import tempfile

    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="securetag-metrics-")


def child_exit(server, worker):  # a gunicorn server hook
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
