import subprocess

from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def checkout_branch(request):
    host = request.POST["host"]
    proc = subprocess.Popen(["tar", "-tzf", host], stdout=subprocess.PIPE)
    listing, _ = proc.communicate()
    return JsonResponse({"result": listing.decode()})
