package deserialization

import (
	"io"
	"net/http"

	"gopkg.in/yaml.v3"
)

type manifest052 struct {
	Name     string `yaml:"name"`
	Replicas int    `yaml:"replicas"`
}

func Apply052(w http.ResponseWriter, r *http.Request) {
	raw, err := io.ReadAll(io.LimitReader(r.Body, 64<<10))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var m manifest052
	if err := yaml.Unmarshal(raw, &m); err != nil {
		http.Error(w, "bad manifest", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
