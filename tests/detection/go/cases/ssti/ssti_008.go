package ssti

import (
	"html/template"
	"net/http"
	"strings"

	"example.com/bench/internal/helpers"
)

func GreetingHandler008(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("name")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := ck.Value
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
