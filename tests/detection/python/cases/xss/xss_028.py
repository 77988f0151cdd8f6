from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/user-bio/{bio}")
def user_bio(bio: str):
    return HTMLResponse(content=f"<h2>{bio}</h2>")
