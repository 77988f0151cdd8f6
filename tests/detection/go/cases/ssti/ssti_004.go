package ssti

import (
	"html/template"
	"net/http"
	"strings"
)

func GreetingHandler004(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	base := template.New("layout").Funcs(template.FuncMap{"upper": strings.ToUpper})
	tmpl, err := base.New("body").Parse(strings.Join([]string{"<h1>Hello ", name, "</h1><p>You have {{.Count}} new messages</p>"}, ""))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	tmpl.ExecuteTemplate(w, "body", map[string]int{"Count": 2})
}
