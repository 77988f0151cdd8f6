package deserialization

import (
	"encoding/gob"
	"io"
	"net/http"
)

type settings051 struct {
	Theme string
	Flags map[string]bool
}

func decode051(src io.Reader) (settings051, error) {
	var s settings051
	err := gob.NewDecoder(src).Decode(&s)
	return s, err
}

func UploadSettings051(w http.ResponseWriter, r *http.Request) {
	file, _, err := r.FormFile("settings")
	if err != nil {
		http.Error(w, "missing file", http.StatusBadRequest)
		return
	}
	defer file.Close()
	var s settings051
	if err := gob.NewDecoder(file).Decode(&s); err != nil {
		http.Error(w, "bad file", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
