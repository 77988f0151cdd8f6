package xss

import (
	"html/template"
	"net/http"
)

func WelcomeHandler037(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	page := template.Must(template.New("page").Parse("<html><body><p>Hello, {{.Name}}</p></body></html>"))
	page.Execute(w, map[string]string{"Name": name})
}
