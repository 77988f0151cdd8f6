package ssti

import (
	"encoding/json"
	"html/template"
	"net/http"
	"strings"

	"example.com/bench/internal/helpers"
)

type payload024 struct {
	Name string `json:"name"`
}

func GreetingHandler024(w http.ResponseWriter, r *http.Request) {
	var body payload024
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := body.Name
	base := template.New("layout").Funcs(template.FuncMap{"upper": strings.ToUpper})
	tmpl, err := base.New("body").Parse("<h1>Hello " + helpers.Normalize(name) + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	tmpl.ExecuteTemplate(w, "body", map[string]int{"Count": 2})
}
