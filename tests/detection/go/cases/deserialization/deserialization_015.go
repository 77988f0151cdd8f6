package deserialization

import (
	"bytes"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"net/http"
)

func CartHandler015(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	state := r.Form.Get("state")
	raw, err := hex.DecodeString(state)
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
