package xss

import (
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
)

type payload042 struct {
	Name string `json:"name"`
}

func WelcomeHandler042(w http.ResponseWriter, r *http.Request) {
	var body payload042
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := body.Name
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(fmt.Sprintf("<p>Hello, %s</p>", template.HTMLEscapeString(name))))
}
