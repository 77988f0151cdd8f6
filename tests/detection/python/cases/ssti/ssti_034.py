from django.http import JsonResponse
from jinja2 import Template


def preview_email(request):
    greeting = request.COOKIES.get("greeting", "")
    html = Template("<h1>Hello " + greeting + "!</h1>").render()
    return JsonResponse({"result": html})
