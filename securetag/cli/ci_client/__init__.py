"""`securetag scan PATH|URL`: the client tenants' CI pipelines run against a Securetag server.

    securetag scan PATH|URL --server URL [--api-key KEY | env SECURETAG_API_KEY] --wait
        --format json|sarif --out FILE --fail-on high [--allow-partial] [--project NAME]
        [--timeout S] [--quiet]

A directory is packed into a tar.gz (honouring .gitignore files, root and nested; `.git/`
and symbolic links are never packed) and uploaded as a code audit; a file that already is
a .zip, .tar or .tar.gz is uploaded as it is; an http(s) URL is submitted as a web scan.
With --wait the client polls the scan until it is final and the LLM triage is no longer
pending, writes the report with every finding (JSON) or the SARIF log, prints a one-line
summary on stderr and decides the build's fate from the exit code:

    0  success: no finding at or above --fail-on (or no --wait: the scan was accepted)
    1  findings at or above --fail-on (ignoring fixed ones, those a person reviewed as
       false_positive or accepted_risk, and with --trust-triage those the model triaged
       as false_positive)
    2  usage or input error: bad path or URL, archive over --max-bytes, a request the
       server refused as invalid (400/404/409/413)
    3  authentication or permission error: no API key, key refused (401), scope missing (403)
    4  the server was unreachable, or kept answering 5xx/429, until --timeout ran out
    5  the scan itself failed, timed out or was cancelled on the server
    6  waiting timed out (--timeout) before the scan (and its triage) finished
    7  the scan succeeded but its coverage is partial (an engine failed or skipped files,
       named in the message); it comes before 1, and --allow-partial lets findings decide

Transient failures (connection errors, 429 and 5xx, honouring Retry-After) are retried
with tenacity within the --timeout budget. Every request of one run carries the same
X-Request-Id, printed with every error so operators can find the run in the API's logs.
The API key is never printed: every message passes through redaction first.

Its parts: options (the command line), pack (the upload), api_client (HTTP, retries),
waiting (polling and progress), gate (report and threshold), console (output), errors (exit
codes) and command (`run` and `main`, which tie them together).
"""
