from __future__ import annotations

import re

from flask import Blueprint, Response, jsonify, request

from securetag.archives import detect_format
from securetag.errors import InvalidRequest, PayloadTooLarge
from securetag.scans import CODE_AUDIT

from .scans import accepted, list_query, request_info, scan_detail_json, scan_page
from .schemas import LatestQuery, UploadQuery
from .security import principal, requires
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
    )
    return accepted(row)


@blueprint.get("/codeaudit/index")
@requires("scans:read")
def index() -> Response:
    query = list_query()
    if query.type not in (None, CODE_AUDIT):
        raise InvalidRequest("this index lists code audits only", details={"field": "type"})
    return scan_page(query.model_copy(update={"type": CODE_AUDIT}))


@blueprint.get("/codeaudit/latest")
@requires("scans:read")
def latest() -> Response:
    query = LatestQuery.model_validate(request.args.to_dict())
    row = services().scans.latest(principal(), scan_type=CODE_AUDIT, project=query.project)
    return jsonify(scan_detail_json(row))
