package xss

import (
	"io"
	"net/http"

	"github.com/go-chi/chi/v5"
)

type state030 struct {
	value string
	owner string
}

func WelcomeHandler030(w http.ResponseWriter, r *http.Request) {
	name := chi.URLParam(r, "name")
	st := &state030{owner: "visitor"}
	st.value = name
	io.WriteString(w, "<p>Hello, "+st.owner+"</p>")
}
