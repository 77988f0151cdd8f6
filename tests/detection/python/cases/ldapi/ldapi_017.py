from fastapi import FastAPI, Header

from benchlib import directory

app = FastAPI()


DEFAULT_UID = "jdoe"


@app.get("/lookup-mail")
def lookup_mail(mail: str = Header("")):
    num = 86
    if (7 * 42) - num > 200:
        selected = DEFAULT_UID
    else:
        selected = mail
    conn = directory.connect()
    conn.search("dc=example,dc=com", "(sAMAccountName=%s)" % selected, attributes=["cn"])
    return {"result": len(conn.entries)}
