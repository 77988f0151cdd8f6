package xss

import (
	"fmt"
	"net/http"

	"github.com/gorilla/mux"
)

func WelcomeHandler028(w http.ResponseWriter, r *http.Request) {
	name := mux.Vars(r)["name"]
	fields := map[string]string{"fallback": "visitor"}
	fields["name"] = name
	fmt.Fprint(w, "<p>Hello, "+fields["fallback"]+"</p>")
}
