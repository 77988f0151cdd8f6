from django.http import HttpResponseRedirect
from django.views.decorators.http import require_POST


@require_POST
def jump(request):
    dest = request.POST["dest"]
    return HttpResponseRedirect(dest)
