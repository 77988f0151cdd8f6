package deserialization

import (
	"bytes"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"net/http"
)

func CartHandler044(w http.ResponseWriter, r *http.Request) {
	state := r.FormValue("state")
	var safe string
	switch state {
	case "compact":
		safe = "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAABb/gwIBAQhbXXN0cmluZwH/hAABDAAA"
	default:
		safe = "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAAA=="
	}
	raw, err := hex.DecodeString(safe)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var prefs interface{}
	if err := gob.NewDecoder(bytes.NewBuffer(raw)).Decode(&prefs); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "%v\n", prefs)
}
