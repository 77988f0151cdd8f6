import json

from django.http import JsonResponse
from django.views.decorators.http import require_POST
from jinja2 import Environment


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = "web"


@require_POST
def signature_preview(request):
    signature = json.loads(request.body)["signature"]
    item = LookupRequest(signature).term
    env = Environment(autoescape=True)
    html = env.from_string(f"<p>{item}</p>").render(user="guest")
    return JsonResponse({"result": html})
