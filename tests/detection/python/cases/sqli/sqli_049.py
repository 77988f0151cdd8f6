from django.http import JsonResponse

from benchlib import database

DEFAULT_USER = "guest"


def order_status(request):
    reference = request.GET.get("reference", "")
    candidates = [DEFAULT_USER, "placeholder", reference]
    candidates.pop(1)
    entry = candidates[1]
    conn = database.get_connection()
    conn.executescript("UPDATE sessions SET revoked = 1 WHERE owner = '" + entry + "';")
    conn.commit()
    return JsonResponse({"result": "ok"})
