package xss

import (
	"net/http"
	"text/template"

	"github.com/go-chi/chi/v5"
)

type state021 struct {
	value string
	owner string
}

func WelcomeHandler021(w http.ResponseWriter, r *http.Request) {
	name := chi.URLParam(r, "name")
	st := &state021{owner: "system"}
	st.value = name
	page := template.Must(template.New("page").Parse("<html><body>{{.Message}}</body></html>"))
	w.Header().Set("Content-Type", "text/html")
	page.Execute(w, map[string]string{"Message": "<p>Hello, " + st.value + "</p>"})
}
