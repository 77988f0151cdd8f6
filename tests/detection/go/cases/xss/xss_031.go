package xss

import (
	"html/template"
	"net/http"
)

func WelcomeHandler031(w http.ResponseWriter, r *http.Request) {
	name := r.PostFormValue("name")
	arg := "<p>Hello, " + "visitor" + "</p>"
	if 7*6 < 40 {
		arg = "<p>Hello, " + name + "</p>"
	}
	page := template.Must(template.New("page").Parse("<div class=\"notice\">{{.}}</div>"))
	page.Execute(w, template.HTML(arg))
}
