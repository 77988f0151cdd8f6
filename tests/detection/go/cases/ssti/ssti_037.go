package ssti

import (
	"net/http"
	texttemplate "text/template"
)

func GreetingHandler037(w http.ResponseWriter, r *http.Request) {
	name := r.PostFormValue("name")
	tmpl := texttemplate.Must(texttemplate.New("greeting").Parse("Hello {{.Name}}, you have {{.Count}} new messages"))
	if err := tmpl.Execute(w, map[string]any{"Name": name, "Count": 3}); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
}
