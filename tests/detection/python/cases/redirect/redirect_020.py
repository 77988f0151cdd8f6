from django.http import HttpResponseRedirect
from django.views.decorators.http import require_POST

DEFAULT_TARGET = "/dashboard"


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = DEFAULT_TARGET


@require_POST
def jump(request):
    dest = request.POST["dest"]
    entry = LookupRequest(dest).origin
    return HttpResponseRedirect(entry)
