from django.db import connection
from django.http import JsonResponse
from django.views import View


class ReportView(View):
    table = "sales_order"

    def get(self, request, region):
        self.region = region
        return JsonResponse({"total": self.total()})

    def total(self) -> float:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT SUM(amount) FROM {self.table} WHERE region = '{self.region}'")
            (value,) = cursor.fetchone()
        return float(value or 0)
