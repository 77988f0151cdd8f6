package xss

import (
	"fmt"
	"net/http"
)

func WelcomeHandler007(w http.ResponseWriter, r *http.Request) {
	name := r.PostFormValue("name")
	fields := map[string]string{}
	fields["name"] = name
	fmt.Fprint(w, "<p>Hello, "+fields["name"]+"</p>")
}
