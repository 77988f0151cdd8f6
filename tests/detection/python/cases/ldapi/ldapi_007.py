import json

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from benchlib import directory


@require_POST
def directory_search(request):
    mail = json.loads(request.body)["mail"]
    conn = directory.connect()
    conn.search("dc=example,dc=com", "(sAMAccountName=%s)" % mail, attributes=["cn"])
    return JsonResponse({"result": len(conn.entries)})
