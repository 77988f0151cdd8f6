from django.http import JsonResponse
from django.views import View


class ImpersonationView(View):
    header = "HTTP_X_ACT_AS"

    def post(self, request):
        acting_as = request.META.get(self.header)
        if acting_as:
            request.session["acting_as"] = acting_as
        return JsonResponse({"acting_as": request.session.get("acting_as")})
