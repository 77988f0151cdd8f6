package xss

import (
	"io"
	"net/http"
)

type state009 struct {
	value string
	owner string
}

func WelcomeHandler009(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := r.Form.Get("name")
	st := &state009{owner: "system"}
	st.value = name
	io.WriteString(w, "<p>Hello, "+st.value+"</p>")
}
