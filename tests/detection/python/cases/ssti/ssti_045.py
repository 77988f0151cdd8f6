from django.http import JsonResponse
from django.template import engines


def banner(request):
    motd = request.COOKIES.get("motd", "")
    pending = []
    pending.append(motd)
    entry = pending.pop()
    entry = str(int(entry))
    template = engines["django"].from_string("<p>{}</p>".format(entry))
    html = template.render({})
    return JsonResponse({"result": html})
