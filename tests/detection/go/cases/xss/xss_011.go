package xss

import (
	"net/http"
	"text/template"

	"example.com/bench/internal/helpers"
)

func build011(value string) string {
	return "<p>Hello, " + value + "</p>"
}

func WelcomeHandler011(w http.ResponseWriter, r *http.Request) {
	name := helpers.Param(r, "name")
	page := template.Must(template.New("page").Parse("<html><body>{{.Message}}</body></html>"))
	w.Header().Set("Content-Type", "text/html")
	page.Execute(w, map[string]string{"Message": build011(name)})
}
