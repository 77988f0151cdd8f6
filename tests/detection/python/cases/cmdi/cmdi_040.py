import os
import shlex

from django.http import JsonResponse


def dns_lookup(request, branch):
    entry = "{}".format(branch).strip()
    status = os.system("ping -c 1 " + shlex.quote(entry))
    return JsonResponse({"result": status})
