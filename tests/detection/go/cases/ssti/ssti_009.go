package ssti

import (
	"encoding/json"
	"net/http"
	texttemplate "text/template"
)

type payload009 struct {
	Name string `json:"name"`
}

type state009 struct {
	value string
	owner string
}

func GreetingHandler009(w http.ResponseWriter, r *http.Request) {
	var body payload009
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := body.Name
	st := &state009{owner: "system"}
	st.value = name
	tmpl, err := texttemplate.New("greeting").Parse("<h1>Hello " + st.value + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if err := tmpl.Execute(w, map[string]int{"Count": 3}); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
}
