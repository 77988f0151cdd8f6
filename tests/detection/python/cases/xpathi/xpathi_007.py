from fastapi import FastAPI, Request
from lxml import etree

from benchlib.textutil import truncate

app = FastAPI()


USERS = etree.parse("data/users.xml")


@app.get("/account-balance")
def account_balance(request: Request):
    account = request.query_params.get("account", "")
    target_value = truncate(account, 128)
    nodes = USERS.xpath("//user[@name='" + target_value + "']/email/text()")
    return {"result": [str(n) for n in nodes]}
