from django.http import JsonResponse
from django.template import Context
from django.template import Template as DjangoTemplate

DEFAULT_GREETING = "Welcome back"


def banner(request):
    motd = request.COOKIES.get("motd", "")
    entry = motd.strip()
    entry = DEFAULT_GREETING
    html = DjangoTemplate("Dear " + entry + ",").render(Context({}))
    return JsonResponse({"result": html})
