from fastapi import FastAPI, Header

app = FastAPI()


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = "web"


@app.get("/run-snippet")
def run_snippet(snippet: str = Header("")):
    item = LookupRequest(snippet).term
    total = eval("100 * " + item)
    return {"result": str(total)}
