from __future__ import annotations

import re
from urllib.parse import urlsplit
from uuid import UUID

from flask import Blueprint, Response, g, jsonify, request

from securetag.kernel.errors import Conflict, InvalidRequest
from securetag.kernel.models import Read, Row, Severity, TaskState
from securetag.scanning.sarif import sarif_report
from securetag.scanning.service import RequestInfo, ScanService

from .schemas import PROJECT_PATTERN, ListQuery, ScanQuery, WebScanRequest
from .security import prefetched, principal, requires
from .services import services

blueprint = Blueprint("scans", __name__)


def request_info() -> RequestInfo:
    from . import client_addr

    return RequestInfo(request_id=g.request_id, client_addr=client_addr())


def links(scan_id: UUID) -> dict[str, str]:
    return {"self": f"/scans/{scan_id}", "sarif": f"/scans/{scan_id}?format=sarif"}


def scan_json(row: Row) -> dict:
    counts = row["severity_counts"] or {}
    return {
        "id": str(row["id"]),
        "type": row["type"],
        "project": row["project"],
        "state": row["state"],
        "target_url": row["target_url"],
        "profile": row["profile"],
        "progress": row["progress"],
        "counts": {severity: int(counts.get(severity, 0)) for severity in Severity},
        "triage": row["triage_state"],
        "triage_summary": row.get("triage_summary"),
        "error": row["error"],
        "coverage": row["coverage"],
        "created_at": row["created_at"].isoformat(),
        "started_at": row["started_at"].isoformat() if row["started_at"] else None,
        "finished_at": row["finished_at"].isoformat() if row["finished_at"] else None,
        "links": links(row["id"]),
    }


def scan_detail_json(
    row: Row, *, after: int = 0, limit: int = 100, findings: list[Row] | None = None
) -> dict:
    """A scan with one page of its findings (what GET, latest and cancel answer).

    `findings`: the rows of `findings_page_read(row["id"], after, limit)` if
    already read, else they are read here.
    """
    body = scan_json(row)
    items = services().scans.findings(
        principal(), row["id"], after=after, limit=limit + 1, rows=findings
    )
    more = len(items) > limit
    page = items[:limit]
    body["findings"] = {
        "items": [finding_json(item) for item in page],
        "next_cursor": str(page[-1]["position"]) if more else None,
    }
    return body


def findings_page_read(scan_id: UUID, *, after: int = 0, limit: int = 100) -> Read:
    """The read behind scan_detail_json's page (one more row tells whether another follows)."""
    return ScanService.findings_read(scan_id, after=after, limit=limit + 1)


def finding_json(item: dict) -> dict:
    return {
        "id": str(item["id"]),
        **{name: item[name] for name in FINDING_FIELDS},
    }


FINDING_FIELDS = (
    "fingerprint", "status", "tool", "reported_by", "rule_id", "title", "severity",
    "confidence", "cwe", "owasp", "path", "start_line", "start_column", "end_line",
    "end_column", "message", "snippet", "fix_hint", "extra", "triage", "review",
)  # fmt: skip


def project_from_url(url: str) -> str:
    """A web scan's default project: the URL's host, made to fit the project pattern."""
    host = (urlsplit(url).hostname or "").lstrip("._/@-")[:200]
    return host if re.fullmatch(PROJECT_PATTERN, host) else "web"


def accepted(row: Row) -> tuple[Response, int, dict[str, str]]:
    body = {"scan_id": str(row["id"]), "state": row["state"], "links": links(row["id"])}
    return jsonify(body), 202, {"Location": f"/scans/{row['id']}"}


def json_body() -> dict:
    if not request.is_json:
        raise InvalidRequest(
            "send a JSON body with Content-Type: application/json",
            details={"field": "body"},
        )
    try:
        body = request.get_json(silent=True)
    except RecursionError:  # absurdly deep nesting: not a body anyone means to send
        body = None
    if not isinstance(body, dict):
        raise InvalidRequest("the body must be a JSON object", details={"field": "body"})
    return body


def list_query() -> ListQuery:
    return ListQuery.model_validate(request.args.to_dict())


def scan_query() -> ScanQuery:
    return ScanQuery.model_validate(request.args.to_dict())


@blueprint.post("/scans/web")
@requires("scans:write")
def submit_web_scan() -> tuple[Response, int, dict[str, str]]:
    body = WebScanRequest.model_validate(json_body())
    project = body.project or project_from_url(body.url)
    row = services().scans.submit_web_scan(
        principal(), request_info(), project=project, url=body.url, profile=body.profile
    )
    return accepted(row)


def scan_page_read(query: ListQuery) -> Read:
    return ScanService.list_read(
        scan_type=query.type,
        state=query.state,
        project=query.project,
        cursor=query.cursor,
        limit=query.limit,
    )


def scan_page(query: ListQuery, *, rows: list[Row] | None = None) -> Response:
    """One page of the caller's scans, newest first (`rows`: scan_page_read's, if read)."""
    page = services().scans.list(
        principal(),
        scan_type=query.type,
        state=query.state,
        project=query.project,
        cursor=query.cursor,
        limit=query.limit,
        rows=rows,
    )
    return jsonify({"items": [scan_json(r) for r in page.scans], "next_cursor": page.next_cursor})


def _list_reads() -> dict[str, Read]:
    return {"scans": scan_page_read(list_query())}


@blueprint.get("/scans")
@requires("scans:read", reads=_list_reads)
def list_scans() -> Response:
    return scan_page(list_query(), rows=prefetched("scans"))


def _findings_cursor(query: ScanQuery) -> int:
    return int(query.findings_cursor) if query.findings_cursor else 0


def _scan_reads(scan_id: UUID) -> dict[str, Read]:
    # The findings travel with the scan, before it is known to exist: a
    # missing (or another tenant's) scan has none to read, and a SARIF request
    # for an unfinished scan, refused below, reads findings it never sends.
    query = scan_query()
    if query.format == "sarif":
        findings = ScanService.findings_read(scan_id, after=0, limit=None)
    else:
        findings = findings_page_read(
            scan_id, after=_findings_cursor(query), limit=query.findings_limit
        )
    return {"scan": ScanService.get_read(scan_id), "findings": findings}


@blueprint.get("/scans/<uuid:scan_id>")
@requires("scans:read", reads=_scan_reads)
def get_scan(scan_id: UUID) -> Response:
    query = scan_query()
    row = services().scans.get(principal(), scan_id, rows=prefetched("scan"))
    findings = prefetched("findings")
    changed = services().scan_waits.until_changed(
        lambda: services().scans.get(principal(), scan_id), row, query.wait
    )
    if changed is not None:
        row, findings = changed, None  # the findings read with the admission are stale
    if query.format == "sarif":
        if not TaskState(row["state"]).is_final:
            raise Conflict(
                f"scan {scan_id} is {row['state']}; its SARIF report exists once it has finished",
                details={"state": row["state"]},
            )
        every = services().scans.findings(principal(), scan_id, after=0, limit=None, rows=findings)
        # Fixed findings belong to the comparison, not to what the code holds now.
        report = sarif_report(row, [item for item in every if item["status"] != "fixed"])
        response = jsonify(report)
        response.mimetype = "application/sarif+json"
        return response
    return jsonify(
        scan_detail_json(
            row,
            after=_findings_cursor(query),
            limit=query.findings_limit,
            findings=findings,
        )
    )


@blueprint.delete("/scans/<uuid:scan_id>")
@requires("scans:write")
def cancel_scan(scan_id: UUID) -> Response:
    row = services().scans.cancel(principal(), request_info(), scan_id)
    return jsonify(scan_detail_json(row))


__all__ = ["blueprint"]
