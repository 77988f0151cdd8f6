package deserialization

import (
	"encoding/json"
	"net/http"
)

type job048 struct {
	Name string   `json:"name"`
	Args []string `json:"args"`
}

// Enqueue048 accepts jobs from the worker fleet.
func Enqueue048(w http.ResponseWriter, r *http.Request) {
	var job job048
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&job); err != nil {
		http.Error(w, "bad job", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
