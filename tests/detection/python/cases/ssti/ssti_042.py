import io

from django.http import JsonResponse
from django.template import Context
from django.template import Template as DjangoTemplate


def signature_preview(request):
    signature = request.COOKIES.get("signature", "")
    buffer = io.StringIO()
    buffer.write(signature)
    item = buffer.getvalue()
    html = DjangoTemplate("Dear " + item + ",").render(Context({}))
    return JsonResponse({"result": html})
