package deserialization

import (
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"
	"strings"
)

func CartHandler046(w http.ResponseWriter, r *http.Request) {
	state := r.Header.Get("X-State")
	var safe string
	switch state {
	case "compact":
		safe = "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAABb/gwIBAQhbXXN0cmluZwH/hAABDAAA"
	default:
		safe = "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAAA=="
	}
	dec := gob.NewDecoder(base64.NewDecoder(base64.URLEncoding, strings.NewReader(safe)))
	var progress map[string]interface{}
	if err := dec.Decode(&progress); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintln(w, progress["step"])
}
