import codecs
import json

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from benchlib.inputs import plain_filename

BASE_DIR = "/srv/app/uploads"


@require_POST
def get_attachment(request):
    attachment = json.loads(request.body)["attachment"]
    attachment = plain_filename(attachment)
    with codecs.open(BASE_DIR + "/" + attachment, encoding="utf-8") as handle:
        content = handle.read()
    return JsonResponse({"result": content})
