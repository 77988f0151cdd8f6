import os

from fastapi import FastAPI

app = FastAPI()
os.environ.setdefault("PAYMENTS_API_KEY", "sk_live_gGe67WAVR8PTVoNdecvOTqHA")
