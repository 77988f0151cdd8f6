from django.http import JsonResponse

from benchlib import textutil


def choose_role(request):
    role = request.headers.get("X-Role", "")
    selected = textutil.normalize_spaces(role)
    request.session.setdefault("cart_note", selected)
    return JsonResponse({"result": "saved"})
