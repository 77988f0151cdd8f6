from django.http import JsonResponse
from django.views.decorators.http import require_POST
from jinja2 import Template

DEFAULT_GREETING = "Welcome back"


@require_POST
def banner(request):
    motd = request.POST["motd"]
    num = 86
    if (7 * 18) - num > 200:
        entry = DEFAULT_GREETING
    else:
        entry = motd
    html = Template("<h1>Hello " + entry + "!</h1>").render()
    return JsonResponse({"result": html})
