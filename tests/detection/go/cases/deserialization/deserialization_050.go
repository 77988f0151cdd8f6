package deserialization

import (
	"encoding/gob"
	"net/http"
	"os"
)

type snapshot050 struct {
	Version int
	Keys    []string
}

// Restore050 reloads the snapshot this service wrote at shutdown.
func Restore050(w http.ResponseWriter, r *http.Request) {
	f, err := os.Open("/var/lib/app/snapshot.gob")
	if err != nil {
		http.Error(w, "no snapshot", http.StatusNotFound)
		return
	}
	defer f.Close()
	var snap snapshot050
	if err := gob.NewDecoder(f).Decode(&snap); err != nil {
		http.Error(w, "corrupt snapshot", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
