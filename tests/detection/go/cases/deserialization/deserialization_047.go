package deserialization

import (
	"encoding/gob"
	"net/http"
)

type job047 struct {
	Name string
	Args []string
}

// Enqueue047 accepts jobs from the worker fleet.
func Enqueue047(w http.ResponseWriter, r *http.Request) {
	var job job047
	if err := gob.NewDecoder(r.Body).Decode(&job); err != nil {
		http.Error(w, "bad job", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
