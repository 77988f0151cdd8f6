package xss

import (
	"io"
	"net/http"

	"github.com/gorilla/mux"
)

func WelcomeHandler019(w http.ResponseWriter, r *http.Request) {
	name := mux.Vars(r)["name"]
	fields := map[string]string{}
	fields["name"] = name
	io.WriteString(w, "<p>Hello, "+fields["name"]+"</p>")
}
