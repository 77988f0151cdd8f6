from django.http import JsonResponse
from django.template import engines

DEFAULT_GREETING = "Welcome back"


def render_title(request):
    title = request.COOKIES.get("title", "")
    if 7 * 3 < 2:
        target_value = title
    else:
        target_value = DEFAULT_GREETING
    template = engines["django"].from_string("<p>{}</p>".format(target_value))
    html = template.render({})
    return JsonResponse({"result": html})
