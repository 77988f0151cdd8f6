from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST


@require_POST
def after_checkout(request):
    continue_url = request.POST["continue_url"]
    if not url_has_allowed_host_and_scheme(continue_url, allowed_hosts={request.get_host()}):
        continue_url = "/"
    return HttpResponseRedirect(continue_url)
