from django.http import HttpResponseBadRequest, JsonResponse

ALLOWED_CHOICES = {"light", "dark", "en", "de", "viewer"}


def set_locale(request):
    locale = request.headers.get("X-Locale", "")
    pending = []
    pending.append(locale)
    entry = pending.pop()
    if entry not in ALLOWED_CHOICES:
        return HttpResponseBadRequest("invalid value")
    request.session.setdefault("cart_note", entry)
    return JsonResponse({"result": "saved"})
