package xss

import (
	"fmt"
	"html"
	"net/http"
)

func NotFound048(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNotFound)
	fmt.Fprintf(w, "<html><body><h1>Not found</h1><p>No page at %s</p></body></html>", html.EscapeString(r.URL.Query().Get("path")))
}
