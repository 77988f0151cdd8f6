import jinja2
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from benchlib.settings import RuntimeSettings

DEFAULT_GREETING = "Welcome back"


@require_POST
def welcome_page(request):
    name = request.POST["name"]
    conf = RuntimeSettings(fallback=DEFAULT_GREETING)
    conf.put("requested", name)
    value = conf.value("fallback")
    html = jinja2.Template(value).render(site="shop")
    return JsonResponse({"result": html})
