from django.http import JsonResponse
from django.template import Context
from django.template import Template as DjangoTemplate


def welcome_page(request):
    name = request.COOKIES.get("name", "")
    html = DjangoTemplate("Dear " + name + ",").render(Context({}))
    return JsonResponse({"result": html})
