package deserialization

import (
	"bytes"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
)

type payload009 struct {
	State string `json:"state"`
}

type state009 struct {
	value string
	owner string
}

func CartHandler009(w http.ResponseWriter, r *http.Request) {
	var body payload009
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	state := body.State
	st := &state009{owner: "system"}
	st.value = state
	raw, err := hex.DecodeString(st.value)
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
