from django.http import HttpResponseRedirect
from django.views.decorators.http import require_POST


@require_POST
def after_checkout(request):
    continue_url = request.POST["continue_url"]
    pending = []
    pending.append(continue_url)
    item = pending.pop()
    return HttpResponseRedirect(item)
