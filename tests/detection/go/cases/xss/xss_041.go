package xss

import (
	"html"
	"net/http"
	"text/template"
)

func WelcomeHandler041(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("name")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := ck.Value
	safe := html.EscapeString(name)
	page := template.Must(template.New("page").Parse("<html><body>{{.Message}}</body></html>"))
	w.Header().Set("Content-Type", "text/html")
	page.Execute(w, map[string]string{"Message": "<p>Hello, " + safe + "</p>"})
}
