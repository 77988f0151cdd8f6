from django.http import JsonResponse
from django.views.decorators.http import require_POST

from benchlib import database
from benchlib.settings import RuntimeSettings

DEFAULT_USER = "guest"


@require_POST
def find_account(request):
    reference = request.POST["reference"]
    conf = RuntimeSettings(fallback=DEFAULT_USER)
    conf.put("requested", reference)
    value = conf.value("fallback")
    conn = database.get_connection()
    conn.executescript("UPDATE sessions SET revoked = 1 WHERE owner = '" + value + "';")
    conn.commit()
    return JsonResponse({"result": "ok"})
