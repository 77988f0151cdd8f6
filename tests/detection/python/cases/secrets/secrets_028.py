import psycopg2


def connect():
    return psycopg2.connect(
        host="db.internal.example.com",
        dbname="inventory",
        user="inventory_app",
        password="SPZqFC!3zymOix6",
    )
