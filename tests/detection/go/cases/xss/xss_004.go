package xss

import (
	"html/template"
	"net/http"
	"strings"

	"github.com/gorilla/mux"
)

func WelcomeHandler004(w http.ResponseWriter, r *http.Request) {
	name := mux.Vars(r)["name"]
	page := template.Must(template.New("page").Parse("<div class=\"notice\">{{.}}</div>"))
	page.Execute(w, template.HTML(strings.Join([]string{"<p>Hello, ", name, "</p>"}, "")))
}
