import io

from django.http import HttpResponse
from django.views.decorators.http import require_POST


@require_POST
def after_checkout(request):
    continue_url = request.POST["continue_url"]
    buffer = io.StringIO()
    buffer.write(continue_url)
    item = buffer.getvalue()
    response = HttpResponse(status=302)
    response["Location"] = item
    return response
