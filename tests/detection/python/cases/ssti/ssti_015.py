from django.http import JsonResponse
from django.views.decorators.http import require_POST
from mako.template import Template as MakoTemplate


@require_POST
def welcome_page(request):
    name = request.POST["name"]
    html = MakoTemplate("<span>${signature | h}</span>").render(signature=name)
    return JsonResponse({"result": html})
