from django.http import HttpResponse
from django.template import Context, Template


class EmailPreview:
    header = "<html><body>"
    footer = "</body></html>"

    def __init__(self, body: str) -> None:
        self.body = body

    def render(self, customer: str) -> str:
        template = Template(self.header + self.body + self.footer)
        return template.render(Context({"customer": customer}))


def preview(request):
    page = EmailPreview(request.POST["body"]).render(request.user.get_full_name())
    return HttpResponse(page)
