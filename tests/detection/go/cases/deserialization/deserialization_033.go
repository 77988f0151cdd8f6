package deserialization

import (
	"bytes"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
)

type payload033 struct {
	State string `json:"state"`
}

func CartHandler033(w http.ResponseWriter, r *http.Request) {
	var body payload033
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	state := body.State
	log.Printf("request for %q", state)
	account := "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAAA=="
	raw, err := hex.DecodeString(account)
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
