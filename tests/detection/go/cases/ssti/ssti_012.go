package ssti

import (
	"html/template"
	"net/http"
	"strings"

	"example.com/bench/internal/helpers"
	"github.com/go-chi/chi/v5"
)

func GreetingHandler012(w http.ResponseWriter, r *http.Request) {
	name := chi.URLParam(r, "name")
	base := template.New("layout").Funcs(template.FuncMap{"upper": strings.ToUpper})
	tmpl, err := base.New("body").Parse("<h1>Hello " + helpers.Normalize(name) + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	tmpl.ExecuteTemplate(w, "body", map[string]int{"Count": 2})
}
