package xss

import (
	"fmt"
	"net/http"
)

func NotFound047(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNotFound)
	fmt.Fprintf(w, "<html><body><h1>Not found</h1><p>No page at %s</p></body></html>", r.URL.Query().Get("path"))
}
