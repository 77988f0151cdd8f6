package xss

import (
	"net/http"
	"text/template"
)

type options026 struct {
	Value string
}

func WelcomeHandler026(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("name")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := ck.Value
	opts := options026{Value: name}
	opts.Value = "visitor"
	page := template.Must(template.New("page").Parse("<html><body>{{.Message}}</body></html>"))
	w.Header().Set("Content-Type", "text/html")
	page.Execute(w, map[string]string{"Message": "<p>Hello, " + opts.Value + "</p>"})
}
