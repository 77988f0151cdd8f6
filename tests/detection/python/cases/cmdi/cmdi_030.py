import subprocess

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class ConvertJob(BaseModel):
    source: str
    width: int = 800


def resize_command(job: ConvertJob) -> str:
    return "convert {src} -resize {w} /tmp/out.png".format(src=job.source, w=job.width)


@app.post("/images/resize")
def resize(job: ConvertJob):
    result = subprocess.run(resize_command(job), shell=True, capture_output=True)
    return {"ok": result.returncode == 0}
