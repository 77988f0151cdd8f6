package deserialization

import (
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"
	"strings"
)

func CartHandler029(w http.ResponseWriter, r *http.Request) {
	state := r.FormValue("state")
	values := []string{"Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAAA=="}
	values = append(values, state)
	dec := gob.NewDecoder(base64.NewDecoder(base64.URLEncoding, strings.NewReader(values[0])))
	var progress map[string]interface{}
	if err := dec.Decode(&progress); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintln(w, progress["step"])
}
