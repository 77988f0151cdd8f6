import random

from fastapi import FastAPI

app = FastAPI()
TIPS = [
    "Use keyboard shortcuts to move faster.",
    "You can pin projects to the sidebar.",
    "Dark mode is in the settings.",
]


@app.get("/tips/random")
def random_tip():
    return {"tip": random.choice(TIPS)}
