import psycopg2


def connect():
    return psycopg2.connect(
        host="db.internal.example.com",
        dbname="inventory",
        user="inventory_app",
        password="${DB_PASSWORD}",
    )
