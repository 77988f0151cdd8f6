from django.http import HttpResponse
from django.views.decorators.http import require_POST


@require_POST
def jump(request):
    dest = request.POST["dest"]
    pending = []
    pending.append(dest)
    entry = pending.pop()
    entry = "/orders/" + str(int(entry))
    response = HttpResponse(status=302)
    response["Location"] = entry
    return response
