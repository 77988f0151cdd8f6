import pymysql


def open_connection(host: str = "mysql.internal", password: str = "SeTzld&fiUrOrK3"):
    return pymysql.connect(host=host, user="reporting", password=password, database="sales")
