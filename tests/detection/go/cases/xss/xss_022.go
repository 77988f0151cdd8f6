package xss

import (
	"net/http"
	"strings"
)

func WelcomeHandler022(w http.ResponseWriter, r *http.Request) {
	name := r.PostFormValue("name")
	var sb strings.Builder
	sb.WriteString("<p>Hello, ")
	sb.WriteString(name)
	sb.WriteString("</p>")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(sb.String()))
}
