package xss

import (
	"html/template"
	"net/http"
)

func WelcomeHandler046(w http.ResponseWriter, r *http.Request) {
	name := r.PostFormValue("name")
	var safe string
	switch name {
	case "admin", "staff":
		safe = "staff"
	case "guest":
		safe = "guest"
	default:
		safe = "member"
	}
	page := template.Must(template.New("page").Parse("<div class=\"notice\">{{.}}</div>"))
	page.Execute(w, template.HTML(safe))
}
