from fastapi import FastAPI

app = FastAPI()


@app.get("/profile-card/{nickname}")
def profile_card(nickname: str):
    pending = []
    pending.append(nickname)
    target_value = pending.pop()
    return {"message": target_value}
