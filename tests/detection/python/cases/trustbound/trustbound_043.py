from dataclasses import dataclass

from django.http import HttpResponseBadRequest, JsonResponse

DEFAULT_THEME = "light"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_THEME


ALLOWED_CHOICES = {"light", "dark", "en", "de", "viewer"}


def choose_role(request):
    role = request.headers.get("X-Role", "")
    criteria = Criteria(value=role)
    selected = criteria.value
    if selected not in ALLOWED_CHOICES:
        return HttpResponseBadRequest("invalid value")
    request.session["display_name"] = selected
    return JsonResponse({"result": "saved"})
