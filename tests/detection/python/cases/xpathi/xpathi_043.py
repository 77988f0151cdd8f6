from fastapi import FastAPI
from lxml import etree
from pydantic import BaseModel

app = FastAPI()


class AccountBalanceRequest(BaseModel):
    account: str


USERS = etree.parse("data/users.xml")


@app.post("/account-balance")
def account_balance(body: AccountBalanceRequest):
    account = body.account
    target_value = " ".join(account.split())
    root = USERS.getroot()
    balance = root.xpath("//account[@id='%s']/balance/text()" % target_value)
    return {"result": [str(b) for b in balance]}
