import subprocess

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class ConvertJob(BaseModel):
    source: str
    width: int = 800


def resize_argv(job: ConvertJob) -> list[str]:
    return ["convert", job.source, "-resize", str(job.width), "/tmp/out.png"]


@app.post("/images/resize")
def resize(job: ConvertJob):
    result = subprocess.run(resize_argv(job), capture_output=True)
    return {"ok": result.returncode == 0}
