from django.http import JsonResponse
from jinja2 import Template


def render_title(request):
    title = request.headers.get("X-Title", "")
    html = Template("<h1>Hello {{ name }}!</h1>").render(name=title)
    return JsonResponse({"result": html})
