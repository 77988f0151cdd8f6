from django.http import JsonResponse
from django.template import engines

from benchlib import textutil


def preview_email(request):
    greeting = request.COOKIES.get("greeting", "")
    selected = textutil.normalize_spaces(greeting)
    template = engines["django"].from_string("<p>{}</p>".format(selected))
    html = template.render({})
    return JsonResponse({"result": html})
