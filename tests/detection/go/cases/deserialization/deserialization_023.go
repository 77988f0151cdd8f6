package deserialization

import (
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"
	"strings"
)

func build023(value string) string {
	return value
}

func CartHandler023(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("state")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	state := ck.Value
	dec := gob.NewDecoder(base64.NewDecoder(base64.URLEncoding, strings.NewReader(build023(state))))
	var progress map[string]interface{}
	if err := dec.Decode(&progress); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintln(w, progress["step"])
}
