package xss

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

type payload003 struct {
	Name string `json:"name"`
}

func WelcomeHandler003(w http.ResponseWriter, r *http.Request) {
	var body payload003
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := body.Name
	io.WriteString(w, fmt.Sprintf("<p>Hello, %s</p>", name))
}
