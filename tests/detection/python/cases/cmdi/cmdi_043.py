import subprocess

from django.http import JsonResponse


def list_archive(request):
    archive = request.META.get("HTTP_X_ARCHIVE", "")
    selected = archive.strip()[:200]
    completed = subprocess.run(f"nslookup {selected}", shell=True, capture_output=True, text=True)
    return JsonResponse({"result": completed.stdout})
