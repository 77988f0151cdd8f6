package xss

import (
	"fmt"
	"net/http"
	"strings"

	"example.com/bench/internal/helpers"
	"github.com/gorilla/mux"
)

func WelcomeHandler043(w http.ResponseWriter, r *http.Request) {
	name := mux.Vars(r)["name"]
	fmt.Fprint(w, strings.Join([]string{"<p>Hello, ", helpers.EscapeHTML(name), "</p>"}, ""))
}
