from django.http import JsonResponse
from django.template import engines

DEFAULT_GREETING = "Welcome back"


def banner(request):
    motd = request.COOKIES.get("motd", "")
    candidates = [DEFAULT_GREETING, "placeholder", motd]
    candidates.pop(1)
    entry = candidates[1]
    template = engines["django"].from_string("<p>{}</p>".format(entry))
    html = template.render({})
    return JsonResponse({"result": html})
