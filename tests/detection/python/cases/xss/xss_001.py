from fastapi import FastAPI

app = FastAPI()


@app.get("/flash-message/{message}")
def flash_message(message: str):
    return {"message": message}
