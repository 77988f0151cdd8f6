from django.http import HttpResponseRedirect
from django.views.decorators.http import require_POST

from benchlib import textutil


@require_POST
def go(request):
    target = request.POST["target"]
    selected = textutil.normalize_spaces(target)
    return HttpResponseRedirect(selected)
