package deserialization

import (
	"bytes"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"

	"example.com/bench/internal/helpers"
)

type payload024 struct {
	State string `json:"state"`
}

func CartHandler024(w http.ResponseWriter, r *http.Request) {
	var body payload024
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	state := body.State
	raw, err := hex.DecodeString(helpers.Normalize(state))
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
