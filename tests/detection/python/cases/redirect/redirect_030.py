from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from benchlib.textutil import truncate


@require_POST
def after_checkout(request):
    continue_url = request.POST["continue_url"]
    item = truncate(continue_url, 128)
    if not url_has_allowed_host_and_scheme(item, allowed_hosts={request.get_host()}):
        item = "/"
    return HttpResponseRedirect(item)
