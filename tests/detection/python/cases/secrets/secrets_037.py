import os

from sqlalchemy import create_engine

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://localhost/billing")
engine = create_engine(DATABASE_URL, pool_pre_ping=True)
