import os

import psycopg2
from django.http import JsonResponse


def order_status(request, username):
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    with conn, conn.cursor() as cur:
        cur.execute(f"SELECT id, state FROM orders WHERE reference = '{username}'")
        rows = cur.fetchall()
    return JsonResponse({"result": rows})
