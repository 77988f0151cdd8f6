from django.http import JsonResponse
from django.template import engines


def signature_preview(request):
    signature = request.COOKIES.get("signature", "")
    template = engines["django"].from_string("<p>{}</p>".format(signature))
    html = template.render({})
    return JsonResponse({"result": html})
