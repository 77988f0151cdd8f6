package xss

import (
	"net/http"
	"strings"
	"text/template"
)

func WelcomeHandler016(w http.ResponseWriter, r *http.Request) {
	name := r.Header.Get("X-Name")
	page := template.Must(template.New("page").Parse("<html><body>{{.Message}}</body></html>"))
	w.Header().Set("Content-Type", "text/html")
	page.Execute(w, map[string]string{"Message": strings.Join([]string{"<p>Hello, ", name, "</p>"}, "")})
}
