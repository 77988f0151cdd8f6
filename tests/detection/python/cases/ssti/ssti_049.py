from django.http import JsonResponse
from django.template import engines

DEFAULT_GREETING = "Welcome back"


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = DEFAULT_GREETING


def banner(request):
    motd = request.COOKIES.get("motd", "")
    entry = LookupRequest(motd).origin
    template = engines["django"].from_string("<p>{}</p>".format(entry))
    html = template.render({})
    return JsonResponse({"result": html})
