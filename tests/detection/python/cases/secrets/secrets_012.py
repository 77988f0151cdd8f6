from sqlalchemy import create_engine

DATABASE_URL = "postgresql://billing:zPG0hG#hxuY0u24@db.internal.example.com:5432/billing"
engine = create_engine(DATABASE_URL, pool_pre_ping=True)
