package xss

import (
	"encoding/json"
	"fmt"
	"net/http"
)

type payload018 struct {
	Name string `json:"name"`
}

func WelcomeHandler018(w http.ResponseWriter, r *http.Request) {
	var body payload018
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := body.Name
	values := make([]string, 0, 4)
	values = append(values, name)
	fmt.Fprint(w, "<p>Hello, "+values[0]+"</p>")
}
