from fastapi import Cookie, FastAPI

from benchlib import directory

app = FastAPI()


DEFAULT_UID = "jdoe"


@app.get("/directory-search")
def directory_search(uid: str = Cookie("")):
    if 3 * 5 > 4:
        value = uid
    else:
        value = DEFAULT_UID
    conn = directory.connect()
    conn.search("dc=example,dc=com", "(sAMAccountName=%s)" % value, attributes=["cn"])
    return {"result": len(conn.entries)}
