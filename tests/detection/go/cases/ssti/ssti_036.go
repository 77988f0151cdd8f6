package ssti

import (
	"html/template"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"
)

type state036 struct {
	value string
	owner string
}

func GreetingHandler036(w http.ResponseWriter, r *http.Request) {
	name := chi.URLParam(r, "name")
	st := &state036{owner: "friend"}
	st.value = name
	base := template.New("layout").Funcs(template.FuncMap{"upper": strings.ToUpper})
	tmpl, err := base.New("body").Parse("<h1>Hello " + st.owner + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	tmpl.ExecuteTemplate(w, "body", map[string]int{"Count": 2})
}
