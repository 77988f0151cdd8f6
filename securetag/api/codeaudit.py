from __future__ import annotations

import re

from flask import Blueprint, Response, jsonify, request

from securetag.kernel.errors import InvalidRequest, PayloadTooLarge
from securetag.kernel.models import Read, ScanProfile, ScanType
from securetag.scanning.archives import detect_format
from securetag.scanning.service import ScanService

from .scans import accepted, list_query, request_info, scan_detail_json, scan_page, scan_page_read
from .schemas import LatestQuery, ListQuery, UploadQuery
from .security import prefetched, principal, requires
from .services import services

blueprint = Blueprint("codeaudit", __name__)

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_EXTENSIONS = {"zip": ".zip", "tar": ".tar", "tar.gz": ".tar.gz"}


def _upload() -> tuple[str | None, bytes]:
    """(client's file name, bytes) from a multipart `file` field or the raw body."""
    if request.mimetype == "multipart/form-data":
        file = request.files.get("file")
        if file is None:
            raise InvalidRequest(
                "the multipart form has no `file` field", details={"field": "file"}
            )
        return file.filename, file.read()
    return None, request.get_data(cache=False, parse_form_data=False)


@blueprint.post("/codeaudit/upload")
@requires("scans:write")
def upload() -> tuple[Response, int, dict[str, str]]:
    fields = request.args.to_dict()
    if request.mimetype == "multipart/form-data":
        fields.update(request.form.to_dict())
    # Any other body is the archive itself, whatever Content-Type the client sent:
    # reading request.form would parse (and consume) it as a form.
    query = UploadQuery.model_validate(fields)
    client_name, content = _upload()
    limit = services().settings.max_upload_bytes
    if len(content) > limit:
        raise PayloadTooLarge(
            f"the archive is larger than {limit} bytes", details={"max_bytes": limit}
        )
    if not content:
        raise InvalidRequest("the archive is empty", details={"field": "file"})
    archive_format = detect_format(content)
    name = _SAFE_NAME.sub("_", query.filename or client_name or "")[:255].strip("._")
    filename = name or f"upload{_EXTENSIONS[archive_format]}"
    row = services().scans.submit_code_audit(
        principal(),
        request_info(),
        project=query.project,
        filename=filename,
        archive_format=archive_format,
        content=content,
        profile=ScanProfile(query.profile),
    )
    return accepted(row)


def _index_query() -> ListQuery:
    query = list_query()
    if query.type not in (None, ScanType.CODE_AUDIT):
        raise InvalidRequest("this index lists code audits only", details={"field": "type"})
    return query.model_copy(update={"type": ScanType.CODE_AUDIT})


def _index_reads() -> dict[str, Read]:
    return {"scans": scan_page_read(_index_query())}


@blueprint.get("/codeaudit/index")
@requires("scans:read", reads=_index_reads)
def index() -> Response:
    return scan_page(_index_query(), rows=prefetched("scans"))


def _latest_query() -> LatestQuery:
    return LatestQuery.model_validate(request.args.to_dict())


def _latest_reads() -> dict[str, Read]:
    project = _latest_query().project
    return {"latest": ScanService.latest_read(scan_type=ScanType.CODE_AUDIT, project=project)}


@blueprint.get("/codeaudit/latest")
@requires("scans:read", reads=_latest_reads)
def latest() -> Response:
    # The newest scan travels with the admission; its findings page needs its id,
    # so that read follows in a round trip of its own.
    row = services().scans.latest(
        principal(), scan_type=ScanType.CODE_AUDIT, project=_latest_query().project,
        rows=prefetched("latest"),
    )  # fmt: skip
    return jsonify(scan_detail_json(row))
