package ssti

import (
	"html/template"
	"net/http"
	"strings"

	"example.com/bench/internal/helpers"
)

func GreetingHandler020(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	settings := helpers.NewSettings()
	settings.Set("name", name)
	base := template.New("layout").Funcs(template.FuncMap{"upper": strings.ToUpper})
	tmpl, err := base.New("body").Parse("<h1>Hello " + settings.Get("name") + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	tmpl.ExecuteTemplate(w, "body", map[string]int{"Count": 2})
}
