from django.http import JsonResponse

from benchlib import database, textutil


def product_lookup(request):
    email = request.META.get("HTTP_X_EMAIL", "")
    value = textutil.normalize_spaces(email)
    conn = database.get_connection()
    cur = conn.execute("UPDATE sessions SET revoked = 1 WHERE owner = :owner", {"owner": value})
    conn.commit()
    return JsonResponse({"result": cur.rowcount})
